/**
 * The texts of a card as persona fields, and the card's language: what both the importer
 * (to-persona.ts) and the exporter (from-persona.ts, which maps a card again to tell which
 * fields are still as imported) need. Kept apart from the voice estimate, which runs the
 * style meter, so that exporting a card never loads the meter.
 */
import type { Language } from "../persona/constants";
import type { Example } from "../persona/schema";
import { parseExampleBlocks, pairTurns, replaceMacros, spokenWords, type Turn } from "./dialogue";
import { textField, type CardData } from "./types";

/** Below this many function words the language is not guessed (the default stands). */
const MIN_LANGUAGE_CUES = 3;
/**
 * The language is guessed from this many characters at most: thousands of function words
 * settle it, and a longer text only costs time (or, as one multi-megabyte run of letters,
 * overflows the RegExp engine's stack).
 */
const LANGUAGE_SAMPLE = 20_000;

/** Frequent words of one language and rare in the other ("a", "en", "on", "me" are both). */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    "le la les des du et est une je vous tu que qui pas pour dans ce cette il elle nous avec mais sont suis etre tres aussi aux sur ne votre vos ton ta tes mon ma mes c'est j'ai".split(
      " ",
    ),
  ),
  en: new Set(
    "the and is are of to you your it that this for with not was were have has be i i'm my what will would can they he she there".split(
      " ",
    ),
  ),
};

/** "fr" or "en" by function words; undefined when the text has too few to tell. */
export function guessLanguage(text: string): Language | undefined {
  let fr = 0;
  let en = 0;
  const words = text
    .slice(0, LANGUAGE_SAMPLE)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\u2019/g, "'")
    .match(/[\p{L}']+/gu);
  for (const word of words ?? []) {
    if (FUNCTION_WORDS.fr.has(word)) fr++;
    if (FUNCTION_WORDS.en.has(word)) en++;
  }
  if (fr + en < MIN_LANGUAGE_CUES) return undefined;
  return fr > en ? "fr" : "en";
}

const LIMITS = {
  name: 120,
  assistantName: 80,
  description: 2000,
  purpose: 1000,
  greeting: 2000,
  example: 4000,
  examples: 50,
};

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
  const text = ["description", "personality", "scenario", "first_mes", "mes_example"]
    .map((k) => textField(data, k))
    .join("\n");
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
  return parseExampleBlocks(textField(data, "mes_example"), [
    textField(data, "name"),
    textField(data, "nickname"),
  ]);
}

export interface MappedFields {
  name: string;
  assistantName: string;
  /** From the card's creator_notes: notes for people, as the persona's description is. */
  description?: string;
  purpose?: string;
  greeting?: string;
  examples: Example[];
  /**
   * The card's description as the importer mapped it to `description` before it took the
   * creator notes: personas imported then still hold it, and it counts as untouched.
   */
  legacyDescription?: string;
}

/** The persona texts a card's data maps to, in `language` (which only names {{user}} and labels). */
export function mapFields(data: CardData, language: Language): MappedFields {
  const char = characterName(data);
  const user = userName(language);
  const prose = (key: string) => replaceMacros(textField(data, key), char, user).trim();
  const fr = language === "fr";
  const [personality, scenario, description, notes, greeting] = [
    "personality",
    "scenario",
    "description",
    "creator_notes",
    "first_mes",
  ].map(prose);
  const purpose = [
    personality && `${fr ? "Personnalité\u202f:" : "Personality:"} ${personality}`,
    scenario && `${fr ? "Scénario\u202f:" : "Scenario:"} ${scenario}`,
    description && `${fr ? "Personnage\u202f:" : "Character:"} ${description}`,
  ]
    .filter((part) => part !== "")
    .join("\n");
  const examples = pairTurns(cardTurns(data))
    .map((e) => ({
      user: clip(replaceMacros(e.user, char, user), LIMITS.example),
      assistant: clip(replaceMacros(e.assistant, char, user), LIMITS.example),
    }))
    .filter((e) => e.user.trim() !== "" && e.assistant.trim() !== "")
    .slice(0, LIMITS.examples);
  const fields: MappedFields = {
    name: clip(textField(data, "name").trim(), LIMITS.name),
    assistantName: clip(char, LIMITS.assistantName),
    examples,
  };
  if (notes) fields.description = clip(notes, LIMITS.description);
  if (purpose) fields.purpose = clip(purpose, LIMITS.purpose);
  if (greeting) fields.greeting = clip(greeting, LIMITS.greeting);
  if (description) fields.legacyDescription = clip(description, LIMITS.description);
  return fields;
}

/**
 * The estimate reads this much of the character's dialogue at most, each reply cut at the
 * examples' own limit: a card's voice shows in its first few thousand words, and the style
 * meter's time grows faster than its input on some texts (50,000 emoji take it minutes).
 */
const ESTIMATE_CHARS = { reply: LIMITS.example, total: 20_000 };

/** What the character says, narration removed: every reply of its examples, then its first message (capped, see ESTIMATE_CHARS). */
export function spokenReplies(data: CardData): string[] {
  const char = characterName(data);
  const replies = cardTurns(data)
    .flat()
    .filter((t) => t.speaker === "char")
    .map((t) => t.text);
  replies.push(textField(data, "first_mes"));
  const spoken: string[] = [];
  let total = 0;
  for (const reply of replies) {
    if (total >= ESTIMATE_CHARS.total) break;
    // {{user}} is dropped, not named: "Hi {{user}}!" would read as a first name, an informal cue.
    const words = clip(
      spokenWords(replaceMacros(reply, char, "")),
      Math.min(ESTIMATE_CHARS.reply, ESTIMATE_CHARS.total - total),
    );
    if (words === "") continue;
    spoken.push(words);
    total += words.length;
  }
  return spoken;
}
