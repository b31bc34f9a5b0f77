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
import { MAX_PERSONA_BYTES, PERSONA_FORMAT, SCHEMA_VERSION } from "../persona/constants";
import { slugify } from "../persona/ids";
import type { Persona } from "../persona/schema";
import { cardLanguage, mapFields, spokenReplies } from "./card-fields";
import { estimateVoice } from "./estimate";
import type { CharacterCardExtension } from "./types";

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
    guardrails: { avoidTopics: [], topicTriggers: {}, discloseAI: true },
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
  return (
    json.length > MAX_PERSONA_BYTES / 3 && new TextEncoder().encode(json).length > MAX_PERSONA_BYTES
  );
}
