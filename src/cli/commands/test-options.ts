/**
 * The options of `psydesign test` read into what the run needs, every mistake a usage error
 * (exit 2) before any reply is asked for. Light on purpose: the command table imports
 * `keyInArguments` at start-up.
 */
import type { ParsedArgs } from "../args";
import { UsageError } from "../command";

export const DEFAULT_KEY_ENV = "OPENAI_API_KEY";

const USE_THE_ENVIRONMENT =
  "an API key is never given as an argument (it would stay in the shell's history and the " +
  `process list): put it in ${DEFAULT_KEY_ENV}, or in another variable named by --api-key-env`;

/** What an OpenAI-style secret key looks like: sk-, sk-proj-… */
const SECRET = /(?:^|[^A-Za-z0-9])sk-[A-Za-z0-9_-]{8,}/;

/** A key typed on the command line, refused before the parser could echo it in a message. */
export function keyInArguments(argv: readonly string[]): string | undefined {
  const given = argv.some(
    (arg) => arg === "--api-key" || arg.startsWith("--api-key=") || SECRET.test(arg),
  );
  return given ? USE_THE_ENVIRONMENT : undefined;
}

/** A whole number in [min, max] from a string option, or a usage error naming the range. */
export function wholeNumber(
  values: ParsedArgs["values"],
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = values[name];
  if (typeof raw !== "string") return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`, "test");
  return n;
}

export const stringOption = (values: ParsedArgs["values"], name: string): string | undefined =>
  typeof values[name] === "string" ? values[name] : undefined;

export const listOption = (values: ParsedArgs["values"], name: string): string[] => {
  const list = values[name];
  return Array.isArray(list) ? [...new Set(list)] : [];
};

/** The endpoint's base URL: http or https, as the SDK needs it. */
export function baseUrlOption(values: ParsedArgs["values"]): string | undefined {
  const raw = stringOption(values, "base-url");
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    throw new UsageError(
      `--base-url must be an http or https URL, got ${JSON.stringify(raw)}`,
      "test",
    );
  if (url.username !== "" || url.password !== "")
    throw new UsageError(
      "--base-url must not hold a user name or password; use the environment",
      "test",
    );
  return raw.replace(/\/+$/, "");
}

/**
 * The key: from --api-key-env's variable, which must then be set, or from OPENAI_API_KEY,
 * which may be absent (a local server needs none). Only asked for when an endpoint is tested.
 */
export function apiKeyOf(
  values: ParsedArgs["values"],
  env: Record<string, string | undefined>,
): string {
  const named = stringOption(values, "api-key-env");
  if (named === undefined) return env[DEFAULT_KEY_ENV] ?? "";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(named))
    throw new UsageError(
      `--api-key-env must name an environment variable, got ${JSON.stringify(named)}`,
      "test",
    );
  const key = env[named] ?? "";
  if (key === "") throw new UsageError(`--api-key-env ${named}: that variable is not set`, "test");
  return key;
}
