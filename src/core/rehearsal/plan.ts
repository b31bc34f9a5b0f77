/**
 * Planning: which moves a reply makes, in reading order, and how much each matters.
 * The persona's sliders decide which optional moves exist (empathy, humor, procedure…);
 * verbosity later decides how many of them fit. Priorities: the answer first, then what
 * makes this persona's voice recognisable, then courtesy, then elaboration.
 */
import type { BandIndex } from "../persona/bands";
import type { Intent } from "./intent-cues";
import type { Mood, Phrasebook, Variants } from "./phrasebook";
import type { Slot } from "./realise";

export interface PlanInput {
  intent: Intent;
  book: Phrasebook;
  bands: Readonly<Record<"warmth" | "humor" | "register" | "institutional", BandIndex>>;
  /** An assistant message already exists: no second welcome. */
  greeted: boolean;
  /** The persona's own greeting opens the reply (checked by the caller). */
  leadGreeting: boolean;
  hasTopics: boolean;
  hasEscalation: boolean;
  seed: number;
  /** The answer and next step about the message's subject (take-up.ts), in place of the generic ones. */
  about?: { core: Variants; next?: Variants };
}

/**
 * Humor never touches a reply where someone is upset, paying, refused or testing the rules.
 * Greetings, thanks and farewells get their own light touch (humor.ts).
 */
const HUMOR_INTENTS: ReadonlySet<Intent> = new Set([
  "information",
  "off-topic",
  "fallback",
  "human",
]);
const PROCEDURE_INTENTS: ReadonlySet<Intent> = new Set([
  "complaint",
  "refund",
  "human",
  "information",
  "guardrail",
]);
const REFERENCE_INTENTS: ReadonlySet<Intent> = new Set([
  "complaint",
  "refund",
  "human",
  "information",
]);
const STANDING_INTENTS: ReadonlySet<Intent> = new Set([
  "thanks",
  "farewell",
  "assent",
  "fallback",
  "off-topic",
  "abuse",
  "jailbreak",
]);
const CARE_INTENTS: ReadonlySet<Intent> = new Set(["complaint", "refund", "human", "fallback"]);
const TOPIC_INTENTS: ReadonlySet<Intent> = new Set([
  "greeting",
  "information",
  "off-topic",
  "fallback",
  "human",
]);

/** Where eagerness fits the answer: someone asks for something the assistant can do. */
const CHEER_INTENTS: ReadonlySet<Intent> = new Set(["information", "refund", "human"]);

/** The two top bands of a tone slider: on every other reply at band 3, on every reply at band 4. */
function atTopBands(band: BandIndex, seed: number): boolean {
  return band === 4 || (band === 3 && seed % 2 === 0);
}

/** Whether the answer opens with a word of eagerness (realise.ts `cheer`): Upbeat and Enthusiastic. */
export function cheersAnswer(intent: Intent, enthusiasm: BandIndex, seed: number): boolean {
  return CHEER_INTENTS.has(intent) && atTopBands(enthusiasm, seed);
}

/** The mood of a reply decides its emoji and whether it may exclaim. */
export function moodOf(intent: Intent): Mood {
  switch (intent) {
    case "greeting":
    case "thanks":
    case "farewell":
      return "positive";
    case "complaint":
    case "guardrail":
    case "urgent":
    case "abuse":
    case "jailbreak":
      return "serious";
    default:
      return "neutral";
  }
}

function coreMove(intent: Intent): string {
  if (intent === "off-topic" || intent === "abuse") return "redirect";
  if (intent === "guardrail" || intent === "jailbreak") return "decline";
  return "answer";
}

/** The same list starting elsewhere, so a run of detail slots walks the list from a seeded point. */
function rotate(list: Variants, by: number): Variants {
  if (list.length === 0) return list;
  const start = by % list.length;
  return [...list.slice(start), ...list.slice(0, start)];
}

/** The moves of one reply, in reading order. */
export function plan(input: PlanInput): Slot[] {
  const { intent, book, bands, seed } = input;
  const slots: Slot[] = [];
  const add = (
    move: string,
    variants: Variants | undefined,
    priority: number,
    extra: Partial<Slot> = {},
  ) => {
    if (variants !== undefined && variants.length > 0)
      slots.push({ move, variants, priority, ...extra });
  };
  const firstGreeting = intent === "greeting" && !input.greeted;
  // The persona's own greeting already introduces the assistant and its organisation.
  if (firstGreeting && !input.leadGreeting) {
    add("welcome", book.welcomeOrganization, 1);
    add("welcome", book.welcome, 0, { fallback: book.core.greeting });
  }
  // From Cordial up, the word for the person is what the band is ("a word for the person before the
  // answer"), and from Warm up the empathy: both survive the shortest verbosity, as the answer does.
  if (bands.warmth >= 1) add("acknowledge", book.acknowledge[intent], bands.warmth >= 2 ? 0.5 : 3);
  if (bands.warmth >= 3) add("empathy", book.empathy[intent], 0.4);
  if (!firstGreeting) {
    if (intent === "guardrail" && input.hasEscalation)
      add("decline", book.escalation, 0, { fallback: book.core.guardrail });
    else {
      // A fact said flatly ("Noted.") takes neither an exclamation mark nor a salutation.
      const impersonal = bands.warmth === 0 ? book.impersonal[intent] : undefined;
      const about = impersonal === undefined ? input.about?.core : undefined;
      const extra =
        impersonal !== undefined
          ? { exclaim: false }
          : about !== undefined
            ? { fallback: book.core[intent] }
            : {};
      add(
        coreMove(intent),
        impersonal ?? about ?? book.core[intent],
        intent === "farewell" ? 0.5 : 0,
        extra,
      );
    }
  }
  if (HUMOR_INTENTS.has(intent) && atTopBands(bands.humor, seed)) add("humor", book.humor, 1);
  // At Official the organisation speaks ("procedures cited"): the procedure or the standing formula
  // ranks right after the answer, before the word for the person, and after a farewell's answer.
  const official = bands.institutional === 4 ? (intent === "farewell" ? 0.55 : 0.45) : undefined;
  if (bands.institutional >= 3 && PROCEDURE_INTENTS.has(intent))
    add("procedure", book.procedure, official ?? 1, { exclaim: false });
  if (bands.institutional === 4 && REFERENCE_INTENTS.has(intent))
    add("procedure", book.reference, 2, { exclaim: false });
  // Replies that cite no procedure: at Official the service says it stands by (never in place of
  // the farewell itself). Not at Impersonal (standing by is courtesy) nor at a casual register (it
  // is a set formula).
  if (
    official !== undefined &&
    bands.warmth >= 1 &&
    bands.register >= 2 &&
    STANDING_INTENTS.has(intent)
  )
    add("procedure", book.standing, official, { exclaim: false });
  const details = book.details[intent] ?? [];
  details.forEach((_, i) => add("detail", rotate(details, seed + i), 4 + i / 10));
  if (input.hasTopics && TOPIC_INTENTS.has(intent)) add("preferred", book.topics, 2.5);
  if (bands.warmth === 4 && CARE_INTENTS.has(intent)) add("empathy", book.care, 3);
  // An intent with few details of its own (an "Ok", a thanks) takes more of the general ones, or
  // a Detailed reply falls short of its sentences.
  const extras = Math.min(book.extras.length, 4 + Math.max(0, 3 - details.length));
  for (let i = 0; i < extras; i++) add("detail", rotate(book.extras, seed + i * 2), 5 + i / 10);
  // The take-up's next steps stand by the person ("I am here for the next steps"): not at Cold.
  const aboutNext = bands.warmth === 0 ? undefined : input.about?.next;
  add("next-step", aboutNext ?? book.nextStep[intent], 2);
  const closing = closingPriority(intent, bands.register);
  if (closing !== undefined)
    add("closing", book.closings[bands.register], closing, { exclaim: bands.register < 3 });
  if (moodOf(intent) === "serious")
    for (const slot of slots) if (calmOnSerious(intent, slot.move)) slot.exclaim = false;
  return slots;
}

/**
 * On a serious reply, energy shows in what moves the request forward ("I'll check what happened
 * and get back to you quickly!"), never on feelings, a refusal or a redirect ("I hear your frustration!").
 */
function calmOnSerious(intent: Intent, move: string): boolean {
  return (
    move === "empathy" ||
    move === "decline" ||
    move === "redirect" ||
    (move === "acknowledge" && intent !== "complaint")
  );
}

/** Farewells and thanks close with a formula; at the frozen register every reply does, like a letter. */
function closingPriority(intent: Intent, register: BandIndex): number | undefined {
  if (intent === "farewell") return -1;
  // Frozen is the register of set formulas, as in a letter: its closing outranks all but the answer.
  if (register === 4) return 0.35;
  if (intent === "thanks") return 1.5;
  return undefined;
}
