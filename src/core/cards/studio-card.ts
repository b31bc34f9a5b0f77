/**
 * Reading back a card this studio exported: it carries the whole persona under
 * `data.extensions.psydesign`, which comes back exactly, unless another tool changed the card
 * since. The reader tells by writing the card again from the stored persona and comparing.
 *
 * What another tool changed is taken, and the sliders stay:
 * - the texts the persona holds (name or nickname, first message, examples, creator notes)
 *   replace the persona's;
 * - anything else edited (description, personality, system prompt, scenario, lorebook…) is
 *   kept with the card as `extensions.characterCard`, so the next export writes it again. For a
 *   persona made in the studio that card is marked `fromStudio`, and the fields the studio
 *   derives from the persona are kept only where the other tool changed them: the rest keep
 *   following the persona.
 */
import { restorePersona } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { cardLanguage, clip, mapFields } from "./card-fields";
import { cardOrigin, importedFromCard } from "./card-origin";
import { cardV2, studioNote } from "./from-persona";
import { imported, invalidPersona, personaTooLarge, type Container } from "./outcomes";
import { tooLargeForPersonaFile } from "./to-persona";
import { voiceSummary } from "./voice-summary";
import {
  CHARACTER_CARD_KEY,
  isRecord,
  PSYDESIGN_KEY,
  textField,
  type CardData,
  type CardReadOutcome,
  type CardVersion,
  type CharacterCardExtension,
} from "./types";

/** The card fields an export writes from the persona; an edit in another tool shows there. */
const TRACKED = [
  "name",
  "nickname",
  "description",
  "personality",
  "first_mes",
  "mes_example",
  "creator_notes",
  "system_prompt",
] as const;
type Tracked = (typeof TRACKED)[number];
/** The tracked fields that are not persona texts: derived from the persona, or the origin card's own. */
const DERIVED = ["description", "personality", "system_prompt", "creator_notes"] as const;

/** The card's data without the persona a studio export keeps in its extensions. */
function withoutPsydesign(data: CardData): CardData {
  const { [PSYDESIGN_KEY]: _persona, ...extensions } = isRecord(data.extensions)
    ? data.extensions
    : {};
  return { ...data, extensions };
}

/**
 * The tracked fields whose text differs from what the stored persona exports. The system
 * prompt may be either the compiled prompt or the card's own (the export's choice); cards
 * exported before the studio wrote the description and voice summary as it does now held the
 * designer's description and the voice summary, and count as unchanged too.
 */
function editedFields(card: CardData, persona: Persona): Tracked[] {
  const compiled = cardV2(persona, { compiledPrompt: true }).data;
  const own = cardV2(persona, { compiledPrompt: false }).data;
  const accepted: Record<Tracked, string[]> = {
    name: [textField(compiled, "name")],
    nickname: [textField(compiled, "nickname")],
    description: [textField(compiled, "description"), persona.description ?? ""],
    personality: [textField(compiled, "personality"), voiceSummary(persona)],
    first_mes: [textField(compiled, "first_mes")],
    mes_example: [textField(compiled, "mes_example")],
    creator_notes: [textField(compiled, "creator_notes")],
    system_prompt: [textField(compiled, "system_prompt"), textField(own, "system_prompt")],
  };
  return TRACKED.filter((field) => !accepted[field].includes(textField(card, field)));
}

/** The designer's description in a studio card's creator notes: the studio's note taken off. */
function designerNotes(notes: string, persona: Persona): string | undefined {
  const note = studioNote(persona);
  const text = notes.trim().endsWith(note)
    ? notes.trim().slice(0, -note.length).trim()
    : notes.trim();
  return text === "" ? undefined : clip(text, 2000);
}

/** A card this studio exported, its persona stored as `stored`; see the file's comment. */
export function studioCard(
  card: CharacterCardExtension,
  stored: unknown,
  version: CardVersion,
  container: Container,
): CardReadOutcome {
  const restored = restorePersona(stored);
  if (!restored.ok) return invalidPersona(restored.problems);
  const persona = restored.persona;
  const edited = editedFields(card.data, persona);
  if (edited.length === 0) return imported(persona, version, container, { exact: true });

  const fromStudio = !importedFromCard(persona);
  const before = cardOrigin(persona)?.data ?? {};
  const data = withoutPsydesign(card.data);
  const mapped = mapFields(data, cardLanguage(data).language);
  const next = structuredClone(persona);
  if (edited.includes("name") || edited.includes("nickname"))
    next.identity.assistantName = mapped.assistantName;
  if (edited.includes("first_mes")) next.greeting = mapped.greeting;
  if (edited.includes("mes_example")) next.examples = mapped.examples;
  if (edited.includes("creator_notes"))
    next.description = fromStudio
      ? designerNotes(textField(data, "creator_notes"), persona)
      : mapped.description;
  if (next.description === undefined) delete next.description;
  if (next.greeting === undefined) delete next.greeting;
  for (const field of DERIVED) {
    // A studio persona's notes now live in its description; the studio writes them again.
    const keep =
      edited.includes(field) &&
      typeof data[field] === "string" &&
      !(fromStudio && field === "creator_notes");
    if (keep) continue;
    if (!fromStudio && typeof before[field] === "string") data[field] = before[field];
    else delete data[field];
  }
  const origin: CharacterCardExtension = { spec: card.spec, spec_version: card.spec_version, data };
  if (fromStudio) origin.fromStudio = true;
  next.extensions = { ...next.extensions, [CHARACTER_CARD_KEY]: origin };
  const checked = restorePersona(next);
  if (!checked.ok) return invalidPersona(checked.problems);
  if (tooLargeForPersonaFile(checked.persona)) return personaTooLarge(data);
  return imported(checked.persona, version, container, { editedElsewhere: [...edited] });
}
