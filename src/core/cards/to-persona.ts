/**
 * A card from another tool becomes a persona: its texts map where the schema has a place
 * for them, its voice is estimated from its dialogue, and the whole card is kept under
 * `extensions.characterCard` so an export gives every other tool its fields back.
 *
 * | card field        | persona field                                               |
 * |-------------------|-------------------------------------------------------------|
 * | name              | name (≤120), id (slug), identity.assistantName (≤80)        |
 * | nickname (V3)     | identity.assistantName instead of name; {{char}}            |
 * | description       | description (≤2000); last part of identity.purpose          |
 * | personality       | identity.purpose ("Personality: …"); the voice is estimated |
 * | scenario          | identity.purpose ("Scenario: …")                            |
 * | first_mes         | greeting (≤2000)                                            |
 * | mes_example       | examples (≤50 pairs of ≤4000)                               |
 * | everything        | extensions.characterCard.data, as it came                   |
 *
 * The mapping is a pure function of the card's data, so the exporter can run it again to
 * tell which persona fields are still as imported (see from-persona.ts).
 */
import { MAX_PERSONA_BYTES, PERSONA_FORMAT, SCHEMA_VERSION, type Language } from "../persona/constants";
import { slugify } from "../persona/ids";
import type { Example, Persona } from "../persona/schema";
import { parseExampleBlocks, pairTurns, replaceMacros, spokenWords, type Turn } from "./dialogue";
import { estimateVoice, guessLanguage } from "./estimate";
import { textField, type CardData, type CharacterCardExtension } from "./types";

const LIMITS = { name: 120, assistantName: 80, description: 2000, purpose: 1000, greeting: 2000, example: 4000, examples: 50 };

/** `text` cut to `max` UTF-16 units with an ellipsis, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}\u2026`;
}

/** The card's language: French or English by function words over all its text; English when unsure. */
export function cardLanguage(data: CardData): { language: Language; guessed: boolean } {
  const text = ["description", "personality", "scenario", "first_mes", "mes_example"].map((k) => textField(data, k)).join("\n");
  const language = guessLanguage(text);
  return { language: language ?? "en", guessed: language !== undefined };
}

/** The name {{char}} stands for: the V3 nickname when there is one (spec: CBS {{char}}). */
export function characterName(data: CardData): string {
  const nickname = textField(data, "nickname").trim();
  return nickname !== "" ? nickname : textField(data, "name").trim();
}

/** What {{user}} becomes in the studio, which has no user name: a name-like placeholder. */
function userName(language: Language): string {
  return language === "fr" ? "Utilisateur" : "User";
}

/** The card's example dialogue, split into turns. */
export function cardTurns(data: CardData): Turn[][] {
  return parseExampleBlocks(textField(data, "mes_example"), [textField(data, "name"), textField(data, "nickname")]);
}

export interface MappedFields {
  name: string;
  assistantName: string;
  description?: string;
  purpose?: string;
  greeting?: string;
  examples: Example[];
}

/** The persona texts a card's data maps to, in `language` (which only names {{user}} and labels). */
export function mapFields(data: CardData, language: Language): MappedFields {
  const char = characterName(data);
  const user = userName(language);
  const prose = (key: string) => replaceMacros(textField(data, key), char, user).trim();
  const fr = language === "fr";
  const purpose = [
    prose("personality") && `${fr ? "Personnalité\u202f:" : "Personality:"} ${prose("personality")}`,
    prose("scenario") && `${fr ? "Scénario\u202f:" : "Scenario:"} ${prose("scenario")}`,
    prose("description") && `${fr ? "Personnage\u202f:" : "Character:"} ${prose("description")}`,
  ]
    .filter((part) => part !== "")
    .join("\n");
  const examples = pairTurns(cardTurns(data))
    .map((e) => ({ user: clip(replaceMacros(e.user, char, user), LIMITS.example), assistant: clip(replaceMacros(e.assistant, char, user), LIMITS.example) }))
    .filter((e) => e.user.trim() !== "" && e.assistant.trim() !== "")
    .slice(0, LIMITS.examples);
  const fields: MappedFields = {
    name: clip(textField(data, "name").trim(), LIMITS.name),
    assistantName: clip(char, LIMITS.assistantName),
    examples,
  };
  if (prose("description")) fields.description = clip(prose("description"), LIMITS.description);
  if (purpose) fields.purpose = clip(purpose, LIMITS.purpose);
  if (prose("first_mes")) fields.greeting = clip(prose("first_mes"), LIMITS.greeting);
  return fields;
}

/** What the character says, narration removed: every reply of its examples, then its first message. */
export function spokenReplies(data: CardData): string[] {
  const char = characterName(data);
  const replies = cardTurns(data)
    .flat()
    .filter((t) => t.speaker === "char")
    .map((t) => t.text);
  replies.push(textField(data, "first_mes"));
  // {{user}} is dropped, not named: "Hi {{user}}!" would read as a first name, an informal cue.
  return replies.map((r) => spokenWords(replaceMacros(r, char, ""))).filter((r) => r !== "");
}

export interface CardPersona {
  persona: Persona;
  estimated: { settings: string[]; words: number };
}

/** The persona a card maps to, before validation; `card` is kept whole in its extensions. */
export function cardToPersona(card: CharacterCardExtension): CardPersona {
  const { data } = card;
  const { language, guessed } = cardLanguage(data);
  const fields = mapFields(data, language);
  const estimate = estimateVoice(spokenReplies(data), language);
  const persona: Persona = {
    format: PERSONA_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    id: slugify(fields.name),
    name: fields.name,
    language,
    identity: {
      assistantName: fields.assistantName,
      // Honest about what it is: a character to play, not an organisation's adviser.
      role: language === "fr" ? "personnage de jeu de rôle" : "role-play character",
    },
    voice: estimate.voice,
    address: estimate.address,
    lexicon: { prefer: [], avoid: [] },
    guardrails: { avoidTopics: [], discloseAI: true },
    examples: fields.examples,
    extensions: { characterCard: card },
  };
  if (fields.description !== undefined) persona.description = fields.description;
  if (fields.purpose !== undefined) persona.identity.purpose = fields.purpose;
  if (fields.greeting !== undefined) persona.greeting = fields.greeting;
  const settings = guessed ? [...estimate.settings, "language"] : estimate.settings;
  return { persona, estimated: { settings, words: estimate.words } };
}

/** True when the persona would be refused as a file by restorePersonaText (a huge lorebook, say). */
export function tooLargeForPersonaFile(persona: Persona): boolean {
  const json = JSON.stringify(persona);
  return json.length > MAX_PERSONA_BYTES / 3 && new TextEncoder().encode(json).length > MAX_PERSONA_BYTES;
}
