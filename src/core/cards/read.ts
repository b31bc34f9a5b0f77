/**
 * Reading a card: JSON text, or bytes that are a PNG (sniffed by signature) or JSON. The
 * readers classify before they map, so each wrong file gets its own plain answer: a
 * lorebook, a persona file, a V3 card without its `data`, a PNG with no card. They never
 * throw; every persona they return went through restorePersona, the one door.
 */
import { PERSONA_FORMAT } from "../persona/constants";
import { restorePersona } from "../persona/restore";
import { nestsDeeperThan } from "./nesting";
import { imported, personaTooLarge, unusableCard, type Container } from "./outcomes";
import { fromBase64, hasPngSignature } from "./png";
import { readPngTexts } from "./png-chunks";
import { studioCard } from "./studio-card";
import { cardToPersona, tooLargeForPersonaFile } from "./to-persona";
import {
  cardProblem,
  isRecord,
  MAX_CARD_BYTES,
  MAX_CARD_NESTING,
  PSYDESIGN_KEY,
  textField,
  type CardReadOutcome,
  type CardVersion,
  type CharacterCardExtension,
} from "./types";

type Parsed =
  { ok: true; value: unknown } | { ok: false; problem: ReturnType<typeof cardProblem>["problem"] };

/**
 * The persona a studio card carries goes through the persona door, which limits how deep its
 * extensions nest; this only keeps a hostile one far from a stack overflow on the way there.
 */
const MAX_STORED_PERSONA_NESTING = 256;

const V1_FIELDS = ["name", "description", "personality", "scenario", "first_mes", "mes_example"];

function utf8Length(text: string): number {
  // A UTF-16 code unit is at most three UTF-8 bytes: only long texts need the exact count.
  return text.length * 3 <= MAX_CARD_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return cardProblem("bad-json", detail);
  }
}

/** A SillyTavern World Info file (`entries` keyed by uid) or a CCv3 `lorebook_v3`. */
function isLorebook(value: Record<string, unknown>): boolean {
  if (value.spec === "lorebook_v3") return true;
  const entries = value.entries;
  return (
    value.spec === undefined &&
    !isRecord(value.data) &&
    (isRecord(entries) || Array.isArray(entries))
  );
}

function describeSpec(spec: unknown): string {
  return typeof spec === "string"
    ? `"${spec.length > 40 ? `${spec.slice(0, 37)}...` : spec}"`
    : `a ${Array.isArray(spec) ? "list" : typeof spec}`;
}

function fromCard(
  card: CharacterCardExtension,
  version: CardVersion,
  container: Container,
): CardReadOutcome {
  if (textField(card.data, "name").trim() === "") return cardProblem("no-name");
  const extensions = card.data.extensions;
  if (isRecord(extensions) && extensions[PSYDESIGN_KEY] !== undefined) {
    return studioCard(card, extensions[PSYDESIGN_KEY], version, container);
  }
  const { persona, estimated } = cardToPersona(card);
  const restored = restorePersona(persona);
  if (!restored.ok) return unusableCard(restored.problems);
  if (tooLargeForPersonaFile(restored.persona)) return personaTooLarge(card.data);
  return imported(restored.persona, version, container, { estimated });
}

/** Classifies a parsed JSON value and imports it when it is a card. */
function readCardValue(value: unknown, container: Container): CardReadOutcome {
  if (!isRecord(value)) return cardProblem("not-a-card", "expected a JSON object");
  const stored =
    isRecord(value.data) && isRecord(value.data.extensions)
      ? value.data.extensions[PSYDESIGN_KEY]
      : undefined;
  if (
    nestsDeeperThan(value, MAX_CARD_NESTING, stored) ||
    nestsDeeperThan(stored, MAX_STORED_PERSONA_NESTING)
  )
    return cardProblem("too-deep");
  if (value.format === PERSONA_FORMAT) return cardProblem("is-persona");
  if (isLorebook(value)) return cardProblem("lorebook");
  const spec = value.spec;
  if (spec === "chara_card_v2" || spec === "chara_card_v3") {
    if (!isRecord(value.data))
      return cardProblem(
        "no-data",
        `a ${spec === "chara_card_v3" ? "V3" : "V2"} card keeps its fields under "data"`,
      );
    const v3 = spec === "chara_card_v3";
    const specVersion =
      typeof value.spec_version === "string" || typeof value.spec_version === "number"
        ? String(value.spec_version)
        : v3
          ? "3.0"
          : "2.0";
    return fromCard(
      { spec, spec_version: specVersion, data: value.data },
      v3 ? "v3" : "v2",
      container,
    );
  }
  if (spec !== undefined) return cardProblem("unknown-spec", `spec is ${describeSpec(spec)}`);
  if (isRecord(value.data))
    return cardProblem(
      "unknown-spec",
      `it has a "data" section but no "spec" saying which version it is`,
    );
  if (V1_FIELDS.some((field) => typeof value[field] === "string")) {
    return fromCard({ spec: "chara_card_v1", spec_version: "1.0", data: value }, "v1", container);
  }
  return cardProblem(
    "not-a-card",
    "none of the character card fields (name, description, first_mes…) is there",
  );
}

function readText(text: string, container: Container): CardReadOutcome {
  if (utf8Length(text) > MAX_CARD_BYTES) return cardProblem("too-large");
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return cardProblem("not-a-card", "the file is empty");
  const parsed = parseJson(body);
  return parsed.ok ? readCardValue(parsed.value, container) : parsed;
}

/** A card in a tEXt chunk: base64 of UTF-8 JSON (or, from a few old tools, the JSON itself). */
function parseChunk(value: string): Parsed {
  const trimmed = value.trim();
  const json = trimmed.startsWith("{") ? trimmed : fromBase64(trimmed);
  if (json === undefined) return cardProblem("bad-base64");
  return parseJson(json);
}

function readPng(bytes: Uint8Array): CardReadOutcome {
  // Compressed card texts may expand as far as a card file may be large, and no further.
  const read = readPngTexts(bytes, ["ccv3", "chara"], MAX_CARD_BYTES);
  if (!read.ok) return cardProblem(read.problem === "damaged" ? "bad-png" : "compressed-too-large");
  const ccv3 = read.texts.get("ccv3");
  const chara = read.texts.get("chara");
  // The spec: when both are there, ccv3 wins; chara (V2, for older tools) is the fallback.
  const first = ccv3 ?? chara;
  if (first === undefined) return cardProblem("no-card-in-png");
  let parsed = parseChunk(first);
  if (!parsed.ok && ccv3 !== undefined && chara !== undefined) {
    const fallback = parseChunk(chara);
    if (fallback.ok) parsed = fallback;
  }
  return parsed.ok ? readCardValue(parsed.value, "png") : parsed;
}

/**
 * The readers promise a problem, never an exception. Every hostile input the tests know of
 * (deep nesting, huge names, broken chunks, bombs) is answered by its own check above; this
 * turns an unforeseen one into a plain refusal instead of a crashed import or CLI exit 70.
 */
function guarded(read: () => CardReadOutcome): CardReadOutcome {
  try {
    return read();
  } catch (error) {
    return cardProblem("unreadable", error instanceof Error ? error.message : String(error));
  }
}

/** Reads a card from JSON text (V1, V2 or V3). Never throws. */
export function readCardText(text: string): CardReadOutcome {
  return guarded(() => readText(text, "json"));
}

/** Reads a card from a file's bytes: a PNG with a `ccv3`/`chara` chunk, or JSON. Checks the size first; never throws. */
export function readCardBytes(bytes: Uint8Array): CardReadOutcome {
  return guarded(() => {
    if (bytes.length > MAX_CARD_BYTES) return cardProblem("too-large");
    if (hasPngSignature(bytes)) return readPng(bytes);
    const text = new TextDecoder("utf-8").decode(bytes);
    if (!/^\s*[{[]/.test(text)) return cardProblem("not-a-card");
    return readText(text, "json");
  });
}
