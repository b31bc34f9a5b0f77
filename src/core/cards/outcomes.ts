/**
 * The answers the card readers give (read.ts, and studio-card.ts for a card this studio
 * exported), in one place so both word them alike.
 */
import type { Persona } from "../persona/schema";
import {
  cardProblem,
  problemSaying,
  type CardData,
  type CardImport,
  type CardReadOutcome,
  type CardVersion,
} from "./types";

export type Container = CardImport["container"];
type Problems = readonly { path: string; message: string }[];

function problemList(problems: Problems): string {
  return problems
    .slice(0, 3)
    .map((p) => (p.path ? `${p.path} ${p.message}` : p.message))
    .join("; ");
}

/** A studio card whose stored persona the persona door refuses. */
export function invalidPersona(problems: Problems) {
  return cardProblem("invalid-persona", problemList(problems));
}

/** A card from another tool that the persona door refuses (a "__proto__" key, say). */
export function unusableCard(problems: Problems) {
  return problemSaying(
    "invalid-persona",
    `This character card cannot be made into a valid persona: ${problemList(problems)}`,
  );
}

/**
 * A card within the file limit whose persona would not be (a persona keeps the whole card, and
 * a persona file is at most 1 MB): the problem names the card's largest part, which is nearly
 * always the lorebook or one huge text, so the designer knows what to trim.
 */
export function personaTooLarge(data: CardData) {
  const encoder = new TextEncoder();
  let largest = { field: "", bytes: 0 };
  for (const [field, value] of Object.entries(data)) {
    const bytes = encoder.encode(JSON.stringify(value) ?? "").length;
    if (bytes > largest.bytes) largest = { field, bytes };
  }
  const part =
    largest.field === ""
      ? ""
      : `; its largest part is "${largest.field}" (${(largest.bytes / 1e6).toFixed(1)} MB)`;
  return cardProblem(
    "persona-too-large",
    `the persona keeps the whole card, and a persona file is at most 1 MB${part}`,
  );
}

export function imported(
  persona: Persona,
  version: CardVersion,
  container: Container,
  rest: Partial<CardImport> = {},
): CardReadOutcome {
  return {
    ok: true,
    card: {
      persona,
      version,
      container,
      exact: false,
      estimated: { settings: [], words: 0 },
      ...rest,
    },
  };
}
