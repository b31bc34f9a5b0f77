/**
 * What promptfoo 0.121.20 does with the strings of a configuration, done with the real
 * `nunjucks` (the version promptfoo depends on, 3.2.4), for tests that cannot install
 * promptfoo itself (tests/interop/ runs the real one). Modelled on its source, read not
 * copied: util/templates.ts (the engine: no autoescape, `env` as a global), util/render.ts
 * and util/config/load.ts (the load-time pass over `{{ … }}` spans naming env),
 * evaluatorHelpers.ts renderPrompt (vars: file and package references, the trimmed final line
 * break, `{{name}}` references between vars, each string var rendered before a prompt that
 * is not JSON) and assertions/index.ts (each string assertion value rendered with the vars).
 */
import nunjucks from "nunjucks";

/** An environment whose values must never appear in anything rendered. */
export const CANARY_ENV: Readonly<Record<string, string>> = Object.freeze({
  PSYDESIGN_CANARY: "canary-4f1d-from-the-environment",
  OPENAI_API_KEY: "sk-canary-key-from-the-environment",
});

/** Set by a hostile template that manages to run code (see HOSTILE_CODE). */
export const PWNED_FLAG = "__psydesignPwned";

/** An engine configured as promptfoo configures its own. */
export function promptfooEngine(): nunjucks.Environment {
  const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
  env.addGlobal("env", { ...CANARY_ENV });
  env.addFilter("load", (text: string) => JSON.parse(text) as unknown);
  return env;
}

const engine = promptfooEngine();

export function render(template: string, vars: Record<string, unknown> = {}): string {
  return engine.renderString(template, vars);
}

/**
 * The `{{ … }}` spans that promptfoo's load-time pass inspects in every string of a file:
 * from a `{{` to the first `}}` after it. A span naming `env.` or `env[` is rendered.
 */
export function doubleBraceSpans(text: string): string[] {
  const spans: string[] = [];
  for (let at = text.indexOf("{{"); at >= 0;) {
    const end = text.indexOf("}}", at + 2);
    if (end < 0) break;
    spans.push(text.slice(at, end + 2));
    at = text.indexOf("{{", end + 2);
  }
  return spans;
}

/** Every string in a parsed configuration, with its path, keys included. */
export function allStrings(value: unknown, path = "$"): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => allStrings(item, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      { path: `${path}.key`, text: key },
      ...allStrings(item, `${path}.${key}`),
    ]);
  }
  return [];
}

/** Why promptfoo would not take this var as plain text, or undefined when it would. */
export function varHazard(value: string, names: readonly string[]): string | undefined {
  if (value.startsWith("file://")) return "read from a file";
  if (value.startsWith("package:")) return "loaded from a package";
  if (value.endsWith("\n")) return "its final line break trimmed";
  const reference = /\{\{\s*(\w+)\s*\}\}/.exec(value);
  if (reference && names.includes(reference[1] as string))
    return `replaced by the var ${reference[1]}`;
  return undefined;
}

export interface ChatMessage {
  role: string;
  content: unknown;
}

/** One earlier exchange, as promptfoo keeps it for `_conversation`. */
export interface Exchange {
  input: string;
  output: string;
}

/**
 * The messages promptfoo sends for a prompt that is a nunjucks template (not JSON): each
 * string var rendered on its own with all the vars, then the template with the rendered vars
 * and the conversation so far.
 */
export function renderChat(
  template: string,
  vars: Record<string, string>,
  conversation: readonly Exchange[] = [],
): ChatMessage[] {
  const names = Object.keys(vars);
  for (const [name, value] of Object.entries(vars)) {
    const hazard = varHazard(value, names);
    if (hazard) throw new Error(`var ${name} would be ${hazard}: ${JSON.stringify(value)}`);
  }
  const all = { ...vars, _conversation: conversation };
  const rendered = Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, render(value, all)]),
  );
  return JSON.parse(
    render(template, { ...rendered, _conversation: conversation }),
  ) as ChatMessage[];
}
