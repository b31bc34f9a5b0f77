import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  cardPng,
  cardV2,
  cardV3,
  MAX_CARD_BYTES,
  readCardBytes,
  type CardImport,
  type CardOptions,
} from "../../core/cards";
import {
  chatCompletionsBody,
  DEFAULT_TARGET,
  promptfooConfig,
  promptMarkdown,
  promptPlainText,
  type EndpointTarget,
} from "../../core/exports";
import { restorePersonaText } from "../../core/persona/restore";
import type { Persona } from "../../core/persona/schema";
import { serializePersona } from "../../core/persona/serialize";
import type { ParsedArgs } from "../args";
import { EXIT, UsageError } from "../command";
import { writeLine, type CliIo } from "../io";
import { displayName, readFileArg, reportProblems, type FileLimit } from "../read-persona";
import { TARGETS, type Target } from "./convert-targets";

type Input = { ok: true; persona: Persona; card?: CardImport } | { ok: false };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (bytes: Uint8Array) => PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);

/**
 * Up to the card limit: a PNG card with its portrait is far larger than any persona file
 * (restorePersonaText still refuses a persona over 1 MB).
 */
const PERSONA_OR_CARD: FileLimit = {
  maxBytes: MAX_CARD_BYTES,
  expected: "a persona file or a card",
  tooLarge: () =>
    `the file is larger than ${MAX_CARD_BYTES / 1024 / 1024} MiB; neither a persona file nor a card ever is`,
};

/**
 * A persona file goes through restorePersonaText, the way every command reads one; anything
 * else is offered to the card reader. JSON that does not parse, or that names a `format` or
 * `schemaVersion`, is a persona file whose problems the persona reader explains best.
 */
function looksLikePersona(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return true;
  }
  return (
    typeof value !== "object" || value === null || "format" in value || "schemaVersion" in value
  );
}

async function readInput(arg: string, io: CliIo): Promise<Input> {
  const file = displayName(arg);
  const read = await readFileArg(arg, io, PERSONA_OR_CARD);
  if (!read.ok) {
    writeLine(io.stderr, `${file}: ${read.message}`);
    return { ok: false };
  }
  const { bytes } = read;
  if (!isPng(bytes)) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      writeLine(io.stderr, `${file}: neither a PNG card nor UTF-8 JSON`);
      return { ok: false };
    }
    if (looksLikePersona(text)) {
      const restored = restorePersonaText(text);
      if (restored.ok) return { ok: true, persona: restored.persona };
      reportProblems(arg, restored.problems, io);
      return { ok: false };
    }
  }
  const outcome = readCardBytes(bytes);
  if (outcome.ok) return { ok: true, persona: outcome.card.persona, card: outcome.card };
  const { code, message } = outcome.problem;
  if (code === "not-a-card") {
    // The card reader's own sentence says "not a character card"; a persona was possible too.
    const detail = message.includes(": ") ? `: ${message.slice(message.indexOf(": ") + 2)}` : "";
    writeLine(
      io.stderr,
      `${file}: neither a persona file (no "format": "psydesign.persona") nor a character card${detail}`,
    );
  } else {
    writeLine(io.stderr, `${file}: ${message}`);
  }
  return { ok: false };
}

/** What the card reader had to guess, said once on stderr: the output is only as good as that guess. */
function reportEstimates(arg: string, card: CardImport, io: CliIo): void {
  const file = displayName(arg);
  const { settings, words } = card.estimated;
  const others = settings.filter((setting) => !setting.startsWith("voice."));
  const also = others.length > 0 ? `; also estimated: ${others.join(", ")}` : "";
  if (settings.some((setting) => setting.startsWith("voice."))) {
    writeLine(
      io.stderr,
      `${file}: voice settings estimated from ${words} words of the card's dialogue${also}`,
    );
  } else if (!card.exact && card.editedElsewhere === undefined) {
    writeLine(
      io.stderr,
      `${file}: too little dialogue in the card (${words} words) to estimate its voice: the sliders are left at 50${also}`,
    );
  }
  if (card.editedElsewhere) {
    writeLine(
      io.stderr,
      `${file}: the card was edited after it left the studio (${card.editedElsewhere.join(", ")}): the edits are kept, the sliders are the persona's`,
    );
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

type Values = ParsedArgs["values"];

/** --system-prompt for --to ccv2|ccv3; without it, the card writer's default (compiled only for a persona made in the studio). */
function cardOptions(values: Values): CardOptions {
  const choice = values["system-prompt"];
  if (choice !== undefined && values.to !== "ccv2" && values.to !== "ccv3")
    throw new UsageError("--system-prompt applies to --to ccv2 and --to ccv3 only", "convert");
  return choice === undefined ? {} : { compiledPrompt: choice === "compiled" };
}

/** The endpoint named by a pair of options, each defaulting to the fallback's. */
function endpoint(
  values: Values,
  urlOption: string,
  modelOption: string,
  fallback: EndpointTarget,
): EndpointTarget {
  const url = values[urlOption];
  const model = values[modelOption];
  return {
    baseURL: typeof url === "string" ? url : fallback.baseURL,
    model: typeof model === "string" ? model : fallback.model,
  };
}

function render(to: Target, persona: Persona, values: Values): string {
  const target = endpoint(values, "base-url", "model", DEFAULT_TARGET);
  switch (to) {
    case "persona":
      return serializePersona(persona);
    case "ccv2":
      return json(cardV2(persona, cardOptions(values)));
    case "ccv3":
      return json(cardV3(persona, cardOptions(values)));
    case "prompt":
      return values.format === "txt" ? promptPlainText(persona) : promptMarkdown(persona);
    case "openai":
      return json(chatCompletionsBody(persona, target));
    case "promptfoo":
      return promptfooConfig(persona, target, {
        grader: endpoint(values, "grader-base-url", "grader-model", target),
      });
  }
}

/** Options that only some targets read: given elsewhere, they would be silently ignored. */
function checkOptions(to: Target, values: Values, png: boolean): void {
  const hasEndpoint = to === "openai" || to === "promptfoo";
  if (!hasEndpoint && values.model !== undefined)
    throw new UsageError("--model applies to --to openai and --to promptfoo only", "convert");
  if (!hasEndpoint && values["base-url"] !== undefined)
    throw new UsageError("--base-url applies to --to openai and --to promptfoo only", "convert");
  for (const option of ["grader-base-url", "grader-model"]) {
    if (to !== "promptfoo" && values[option] !== undefined)
      throw new UsageError(`--${option} applies to --to promptfoo only`, "convert");
  }
  if (to !== "prompt" && values.format !== undefined)
    throw new UsageError("--format applies to --to prompt only", "convert");
  if (png && to !== "ccv3")
    throw new UsageError("only --to ccv3 writes a PNG card (it carries a V2 copy too)", "convert");
  for (const option of ["base-url", "grader-base-url"]) {
    const url = values[option];
    if (typeof url === "string" && !/^https?:\/\/[^\s/]+/.test(url)) {
      throw new UsageError(
        `--${option} must be an http(s) URL, got ${JSON.stringify(url)}`,
        "convert",
      );
    }
  }
}

/** `psydesign convert` itself, loaded when the command runs (./convert.ts describes it). */
export async function run({ positionals, values }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? "convert needs a file"
        : `convert takes one file, got ${positionals.length}`,
      "convert",
    );
  }
  if (values.to === undefined)
    throw new UsageError(`convert needs --to (${TARGETS.join(" or ")})`, "convert");
  const to = values.to as Target;
  const output = typeof values.output === "string" ? values.output : undefined;
  const png = output !== undefined && /\.png$/i.test(output);
  checkOptions(to, values, png);
  const card = cardOptions(values);

  const arg = positionals[0] as string;
  const input = await readInput(arg, io);
  if (!input.ok) return EXIT.invalid;
  if (input.card) reportEstimates(arg, input.card, io);

  // A PNG is only ever written to a file (checkOptions): binary on a terminal helps no one.
  const content = png ? cardPng(input.persona, card) : render(to, input.persona, values);
  if (output === undefined) {
    io.stdout.write(content as string);
    return EXIT.ok;
  }
  try {
    await writeFile(resolve(io.cwd, output), content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" || code === "ENOTDIR"
        ? "no such folder"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EISDIR"
            ? "is a directory"
            : `error ${code ?? "unknown"}`;
    writeLine(io.stderr, `${output}: cannot write the file: ${reason}`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}
