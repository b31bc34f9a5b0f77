/**
 * A persona becomes a Character Card V2 or V3 object, JSON-able as is. For a persona made in
 * the studio:
 *
 * | card field                | from the persona                                              |
 * |---------------------------|---------------------------------------------------------------|
 * | name                      | identity.assistantName (the name {{char}} stands for)         |
 * | description               | characterDescription(): role, organisation, audience, purpose |
 * | personality               | voiceSummary(): the sliders' bands and the address, 1 line    |
 * | scenario                  | ""                                                            |
 * | first_mes                 | greeting                                                      |
 * | mes_example               | examples, one `<START>` block each                            |
 * | creator_notes             | description (the designer's, not in the prompt) and a note    |
 * | system_prompt             | compile(persona).systemPrompt, or "" if the export says so    |
 * | tags, creator, …          | [] / ""                                                       |
 * | extensions.psydesign      | the whole persona, so the studio reads it back exactly        |
 *
 * A persona imported from a card (extensions.characterCard) starts from that card's data, and
 * never overwrites a field the designer did not change: the card's own description,
 * personality, scenario and system prompt go back out (the compiled prompt replaces the system
 * prompt only when the export asks), as does every field the persona has no place for and every
 * unknown `extensions` key (the spec requires it). A mapped text the designer has not touched
 * since the import goes back in its original, full form (not the schema-shortened,
 * macro-replaced one). Every card then goes through specData (card-spec.ts) and carries the V1
 * fields at its top level, as SillyTavern writes them, for tools that only read V1.
 */
import { compile } from "../compiler/compile";
import type { Persona } from "../persona/schema";
import { AVATAR_SIZE, avatarPixels } from "./avatar";
import { cardLanguage, mapFields } from "./card-fields";
import { cardOrigin, compiledPromptByDefault, importedFromCard } from "./card-origin";
import { specData, type SpecVersion } from "./card-spec";
import { characterDescription } from "./character-description";
import { formatExamples } from "./dialogue";
import { encodePng, toBase64 } from "./png";
import { isRecord, PSYDESIGN_KEY, textField, type CardData } from "./types";
import { voiceSummary } from "./voice-summary";

export interface CardOptions {
  /**
   * Write the compiled prompt as the card's `system_prompt`. Default: compiledPromptByDefault(),
   * on for a persona made in the studio, off for one imported from a card.
   */
  compiledPrompt?: boolean;
}

/** The texts a card's persona fields give, the ones an import maps back (see card-fields.ts). */
interface CardTexts {
  name: string;
  nickname?: string;
  first_mes: string;
  mes_example: string;
  creator_notes: string;
}

/** The note a studio card's creator_notes ends with, after the designer's description. */
export function studioNote(persona: Persona): string {
  return persona.language === "fr"
    ? `Créé avec Psydesign Studio à partir du persona «\u202f${persona.name}\u202f». Le prompt système est compilé à partir de ses réglages de voix\u202f: modifiez le persona dans le studio puis exportez-le de nouveau, plutôt que de retoucher le prompt ici.`
    : `Made with Psydesign Studio from the persona “${persona.name}”. The system prompt is compiled from its voice settings: edit the persona in the studio and export it again rather than editing the prompt here.`;
}

function creatorNotes(persona: Persona): string {
  const description = persona.description?.trim();
  return description ? `${description}\n\n${studioNote(persona)}` : studioNote(persona);
}

/** The card fields the persona's texts give, each in the card's original form while the designer has not changed it. */
function cardTexts(persona: Persona): CardTexts {
  const origin = cardOrigin(persona)?.data;
  const imported = importedFromCard(persona);
  const texts: CardTexts = {
    name: persona.identity.assistantName,
    first_mes: persona.greeting ?? "",
    mes_example: formatExamples(persona.examples),
    // An imported card's notes are its author's: a designer who rewrites them replaces them.
    creator_notes: imported ? (persona.description ?? "") : creatorNotes(persona),
  };
  if (!origin) return texts;
  const mapped = mapFields(origin, cardLanguage(origin).language);
  const original = (key: string) => textField(origin, key);
  if (persona.identity.assistantName === mapped.assistantName) texts.name = original("name");
  else if (original("nickname").trim() !== "") {
    // {{char}} stands for the nickname: a renamed character is renamed there, the card's name stays.
    texts.name = original("name");
    texts.nickname = persona.identity.assistantName;
  }
  if (persona.greeting === mapped.greeting) texts.first_mes = original("first_mes");
  if (JSON.stringify(persona.examples) === JSON.stringify(mapped.examples))
    texts.mes_example = original("mes_example");
  const untouched =
    persona.description === mapped.description || persona.description === mapped.legacyDescription;
  if (untouched && typeof origin.creator_notes === "string")
    texts.creator_notes = origin.creator_notes;
  return texts;
}

const stringOr = (value: unknown, fallback: string) =>
  typeof value === "string" ? value : fallback;

/** The `data` object of a V2 or V3 card: the persona's fields over the origin card's, to the spec. */
function cardData(persona: Persona, options: CardOptions, version: SpecVersion): CardData {
  const own = cardOrigin(persona)?.data ?? {};
  const imported = importedFromCard(persona);
  const texts = cardTexts(persona);
  // A field the origin card has stays the card's; a persona made here derives it.
  const ownOr = (key: string, derive: () => string) =>
    typeof own[key] === "string" ? own[key] : imported ? "" : derive();
  const compiled = options.compiledPrompt ?? compiledPromptByDefault(persona);
  const extensions = isRecord(own.extensions) ? own.extensions : {};
  const data: CardData = {
    ...structuredClone(own),
    name: texts.name,
    description: ownOr("description", () => characterDescription(persona)),
    personality: ownOr("personality", () => voiceSummary(persona)),
    scenario: stringOr(own.scenario, ""),
    first_mes: texts.first_mes,
    mes_example: texts.mes_example,
    creator_notes: texts.creator_notes,
    system_prompt: compiled ? compile(persona).systemPrompt : stringOr(own.system_prompt, ""),
    post_history_instructions: stringOr(own.post_history_instructions, ""),
    alternate_greetings: own.alternate_greetings ?? [],
    tags: own.tags ?? [],
    creator: stringOr(own.creator, ""),
    character_version: stringOr(own.character_version, ""),
    extensions: { ...structuredClone(extensions), [PSYDESIGN_KEY]: structuredClone(persona) },
  };
  if (texts.nickname !== undefined) data.nickname = texts.nickname;
  return specData(data, version);
}

/** The V1 fields (spec_v1.md) a card repeats at its top level, as SillyTavern writes them, for tools that read only V1. */
type V1Fields = Record<
  "name" | "description" | "personality" | "scenario" | "first_mes" | "mes_example",
  string
>;

function v1Fields(data: CardData): V1Fields {
  const field = (key: keyof V1Fields) => textField(data, key);
  return {
    name: field("name"),
    description: field("description"),
    personality: field("personality"),
    scenario: field("scenario"),
    first_mes: field("first_mes"),
    mes_example: field("mes_example"),
  };
}

export type CardV2 = { spec: "chara_card_v2"; spec_version: "2.0"; data: CardData } & V1Fields;
export type CardV3 = { spec: "chara_card_v3"; spec_version: "3.0"; data: CardData } & V1Fields;

/** A Character Card V2 object for `persona` (it compiles the persona itself). */
export function cardV2(persona: Persona, options: CardOptions = {}): CardV2 {
  const data = cardData(persona, options, "v2");
  return { spec: "chara_card_v2", spec_version: "2.0", data, ...v1Fields(data) };
}

/** A Character Card V3 object for `persona`; no dates are written (core has no clock) unless imported. */
export function cardV3(persona: Persona, options: CardOptions = {}): CardV3 {
  const data = cardData(persona, options, "v3");
  return { spec: "chara_card_v3", spec_version: "3.0", data, ...v1Fields(data) };
}

/**
 * The persona as a PNG card: a generated portrait carrying the V3 card in `ccv3` and the V2
 * card in `chara`, for tools that only read V2 (the spec's backfill).
 */
export function cardPng(persona: Persona, options: CardOptions = {}): Uint8Array<ArrayBuffer> {
  const text = {
    chara: toBase64(JSON.stringify(cardV2(persona, options))),
    ccv3: toBase64(JSON.stringify(cardV3(persona, options))),
  };
  return encodePng(AVATAR_SIZE, AVATAR_SIZE, avatarPixels(persona.id), text);
}
