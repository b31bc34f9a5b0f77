/**
 * What a file given where a persona file is expected is, when it is another file the studio
 * reads (a character card, a client's review feedback), and what to do with it instead:
 * "this is not a Psydesign persona file" alone leaves the user guessing.
 */
import { FEEDBACK_FORMAT } from "../core/review/feedback";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A file argument as a shell would take it back: quoted when it holds anything but plain path characters. */
function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

function parsedObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One sentence saying what the file is and what to run, or undefined for anything that may
 * be a persona file (its own problems explain it better). Only a PNG, or JSON without the
 * persona format's `format` and `schemaVersion`, is offered to the card reader, which loads
 * only then: a command reading a persona file starts without the card code.
 */
export async function otherFileHint(bytes: Uint8Array, arg: string): Promise<string | undefined> {
  const png = PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
  const json = png ? undefined : parsedObject(bytes);
  if (json?.format === FEEDBACK_FORMAT) {
    return "this is a client's review feedback file, not a persona file: import it in the studio to see the ratings beside the persona";
  }
  if (!png && (json === undefined || "format" in json || "schemaVersion" in json)) return undefined;
  const { readCardBytes } = await import("../core/cards/read");
  const card = readCardBytes(bytes);
  if (!card.ok)
    return card.problem.code === "lorebook"
      ? `${card.problem.message}, nor a persona file`
      : undefined;
  const { version, container, persona } = card.card;
  const convert = `psydesign convert ${shellWord(arg)} --to persona -o ${persona.id}.persona.json`;
  return `this is a character card (${version.toUpperCase()}, ${container.toUpperCase()}), not a persona file; to make one from it, run: ${convert}`;
}
