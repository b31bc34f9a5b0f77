/**
 * A persona becomes a Character Card V2 or V3 object, JSON-able as is:
 *
 * | card field                | from the persona                                           |
 * |---------------------------|------------------------------------------------------------|
 * | name                      | identity.assistantName (the name {{char}} stands for)      |
 * | description               | description                                                |
 * | personality               | voiceSummary(): the sliders' bands and the address, 1 line |
 * | scenario                  | "" (or the imported card's)                                |
 * | first_mes                 | greeting                                                   |
 * | mes_example               | examples, one `<START>` block each                         |
 * | system_prompt             | compile(persona).systemPrompt                              |
 * | creator_notes             | description and a note on where the prompt comes from      |
 * | tags, creator, …          | [] / "" (or the imported card's)                           |
 * | extensions.psydesign      | the whole persona, so the studio reads it back exactly     |
 *
 * A persona imported from a card (extensions.characterCard) starts from that card's data:
 * every field the persona has no place for, and every unknown `extensions` key, goes back
 * out as it came (the spec requires it). A mapped text the user has not touched since the
 * import goes back in its original, full form (not the schema-shortened, macro-replaced one).
 * Every card then goes through specData (card-spec.ts) and carries the V1 fields at its top
 * level, as SillyTavern writes them, for tools that only read V1.
 */
import { compile } from "../compiler/compile";
import type { Persona } from "../persona/schema";
import { AVATAR_SIZE, avatarPixels } from "./avatar";
import { formatExamples } from "./dialogue";
import { encodePng, toBase64 } from "./png";
import { cardLanguage, mapFields } from "./card-fields";
import { specData, type SpecVersion } from "./card-spec";
import { CHARACTER_CARD_KEY, isRecord, PSYDESIGN_KEY, textField, type CardData, type CharacterCardExtension } from "./types";
import { voiceSummary } from "./voice-summary";

const SPECS = new Set(["chara_card_v1", "chara_card_v2", "chara_card_v3"]);

/** The card a persona was imported from, when its extension is intact. */
export function cardOrigin(persona: Persona): CharacterCardExtension | undefined {
  const stored = persona.extensions[CHARACTER_CARD_KEY];
  if (!isRecord(stored) || !isRecord(stored.data) || typeof stored.spec !== "string" || !SPECS.has(stored.spec)) return undefined;
  return stored as unknown as CharacterCardExtension;
}

/** The card fields a persona's texts give, the ones an import maps back (see to-persona.ts). */
export function cardTexts(persona: Persona): { name: string; description: string; first_mes: string; mes_example: string; nickname?: string } {
  const origin = cardOrigin(persona)?.data;
  const imported = origin ? mapFields(origin, cardLanguage(origin).language) : undefined;
  const original = (key: string) => textField(origin ?? {}, key);
  const texts: ReturnType<typeof cardTexts> = {
    name: persona.identity.assistantName,
    description: persona.description ?? "",
    first_mes: persona.greeting ?? "",
    mes_example: formatExamples(persona.examples),
  };
  if (!origin || !imported) return texts;
  if (persona.identity.assistantName === imported.assistantName) texts.name = original("name");
  else if (original("nickname").trim() !== "") {
    // {{char}} stands for the nickname: a renamed character is renamed there, the card's name stays.
    texts.name = original("name");
    texts.nickname = persona.identity.assistantName;
  }
  if (persona.description === imported.description) texts.description = original("description");
  if (persona.greeting === imported.greeting) texts.first_mes = original("first_mes");
  if (JSON.stringify(persona.examples) === JSON.stringify(imported.examples)) texts.mes_example = original("mes_example");
  return texts;
}

function creatorNotes(persona: Persona): string {
  const intro = persona.description?.trim() ? `${persona.description.trim()}\n\n` : "";
  return persona.language === "fr"
    ? `${intro}Créé avec Psydesign Studio à partir du persona «\u202f${persona.name}\u202f». Le prompt système est compilé à partir de ses réglages de voix\u202f: modifiez le persona dans le studio puis exportez-le de nouveau, plutôt que de retoucher le prompt ici.`
    : `${intro}Made with Psydesign Studio from the persona “${persona.name}”. The system prompt is compiled from its voice settings: edit the persona in the studio and export it again rather than editing the prompt here.`;
}

const stringOr = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
const listOr = (value: unknown) => (Array.isArray(value) ? value : []);

/** The `data` object of a V2 or V3 card: the V2 fields, the imported card's others kept, to the spec. */
function cardData(persona: Persona, version: SpecVersion): CardData {
  const origin = cardOrigin(persona)?.data ?? {};
  const texts = cardTexts(persona);
  const extensions = isRecord(origin.extensions) ? origin.extensions : {};
  const data: CardData = {
    ...structuredClone(origin),
    name: texts.name,
    description: texts.description,
    personality: voiceSummary(persona),
    scenario: stringOr(origin.scenario, ""),
    first_mes: texts.first_mes,
    mes_example: texts.mes_example,
    creator_notes: stringOr(origin.creator_notes, creatorNotes(persona)),
    system_prompt: compile(persona).systemPrompt,
    post_history_instructions: stringOr(origin.post_history_instructions, ""),
    alternate_greetings: listOr(origin.alternate_greetings),
    tags: listOr(origin.tags),
    creator: stringOr(origin.creator, ""),
    character_version: stringOr(origin.character_version, ""),
    extensions: { ...structuredClone(extensions), [PSYDESIGN_KEY]: structuredClone(persona) },
  };
  if (texts.nickname !== undefined) data.nickname = texts.nickname;
  return specData(data, version);
}

/** The V1 fields (spec_v1.md) a card repeats at its top level, as SillyTavern writes them, for tools that read only V1. */
type V1Fields = Record<"name" | "description" | "personality" | "scenario" | "first_mes" | "mes_example", string>;

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
export function cardV2(persona: Persona): CardV2 {
  const data = cardData(persona, "v2");
  return { spec: "chara_card_v2", spec_version: "2.0", data, ...v1Fields(data) };
}

/** A Character Card V3 object for `persona`; no dates are written (core has no clock) unless imported. */
export function cardV3(persona: Persona): CardV3 {
  const data = cardData(persona, "v3");
  return { spec: "chara_card_v3", spec_version: "3.0", data, ...v1Fields(data) };
}

/**
 * The persona as a PNG card: a generated portrait carrying the V3 card in `ccv3` and the V2
 * card in `chara`, for tools that only read V2 (the spec's backfill).
 */
export function cardPng(persona: Persona): Uint8Array<ArrayBuffer> {
  const text = { chara: toBase64(JSON.stringify(cardV2(persona))), ccv3: toBase64(JSON.stringify(cardV3(persona))) };
  return encodePng(AVATAR_SIZE, AVATAR_SIZE, avatarPixels(persona.id), text);
}
