/**
 * The shape of a rehearsal phrasebook: every sentence the engine can say, per move, per
 * language. Templates use a small notation, expanded by text.ts:
 *   {formal|informal}          the address form ("vous" / "tu"); in English, spelled-out or
 *                              contracted words, which the register band chooses (register.ts)
 *   [personal|institutional]   the voice ("je" / "nous", "I" / "we")
 *   $name $role $org $ref $topics $escalation   persona values, filled last
 * A template ends with its punctuation; "." may become "!" when enthusiasm allows.
 * Every list holds at least two variants so that different messages read differently.
 */
import type { Intent } from "./intent-cues";

export type Variants = readonly string[];
/** One list of variants per register band (Joos: intimate, casual, consultative, formal, frozen). */
export type ByRegister = readonly [Variants, Variants, Variants, Variants, Variants];
export type ByIntent = Readonly<Record<Intent, Variants>>;

export type Mood = "positive" | "neutral" | "serious";

/** A rewrite of an expanded template: a pattern and its replacement, as String.replace takes them. */
export type Rewrite = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

/**
 * How a consultative sentence moves along the register (register.ts). Each band away from
 * consultative applies its own rewrites after those of the band next to consultative.
 */
export interface RegisterRewrites {
  /** Casual and intimate (bands 0-1). */
  casual: readonly Rewrite[];
  /** Intimate only (band 0). */
  intimate: readonly Rewrite[];
  /** Formal and frozen (bands 3-4). */
  formal: readonly Rewrite[];
  /** Frozen only (band 4). */
  frozen: readonly Rewrite[];
  /** Contractions ("I am" to "I'm"), applied first wherever the language contracts; none in French. */
  contractions: readonly Rewrite[];
}

export interface Phrasebook {
  /** Opening words of the first reply, joined to the first sentence with a comma. */
  salutations: ByRegister;
  /** Said instead of a salutation when the user greets again later on. */
  greetedAgain: Variants;
  /** Set formulas that close a reply; the formal and frozen ones are never exclaimed. */
  closings: ByRegister;
  /** First greeting when the persona has no greeting of its own: name and role. */
  welcome: Variants;
  /** Names the organisation on the first greeting. */
  welcomeOrganization: Variants;
  /** A word for the person before the answer (warmth band 1 and up). */
  acknowledge: Partial<ByIntent>;
  /** Names the person's feelings (warmth band 3 and up). */
  empathy: Partial<ByIntent>;
  /**
   * A request for information told as a statement ("Je suis perdue", "I'd like to move my
   * appointment") takes these instead of the information lists: no "good question" to a question never asked.
   */
  statement: { acknowledge: Variants; empathy: Variants };
  /** Offers to stay with the person (warmth band 4). */
  care: Variants;
  /** The answer, redirect or refusal: the one sentence every reply keeps. */
  core: ByIntent;
  /**
   * The answer at the Impersonal warmth band where `core` is a courtesy formula (thanks,
   * greetings, farewells): "facts only; no acknowledgement of the person".
   */
  impersonal: Partial<ByIntent>;
  /** What happens next. */
  nextStep: Partial<ByIntent>;
  /** Further sentences for longer replies, specific to the intent. */
  details: Partial<ByIntent>;
  /** Generic sentences that fit any reply, to reach the longest verbosity bands. */
  extras: Variants;
  /** Procedure references (institutional band 3 and up). */
  procedure: Variants;
  /**
   * The organisation standing by (institutional band 4) where no procedure applies: thanks,
   * farewells, assents and fallbacks have no request to cite, but Official still speaks as the service.
   */
  standing: Variants;
  /** A request reference ($ref) at institutional band 4. */
  reference: Variants;
  /**
   * Words of eagerness that open the answer ("Parfait, je m'occupe de…"): the catalog's
   * Upbeat and Enthusiastic bands show energy in words, not only in exclamation marks.
   */
  cheers: Variants;
  /** Light touches (humor band 3 and up), never on a serious reply. */
  humor: Variants;
  /** Weaves the persona's preferred terms in ($topics). */
  topics: Variants;
  /** A guardrail refusal quoting the persona's escalation text ($escalation). */
  escalation: Variants;
  /** Last resort when every other sentence was dropped for an avoided word. */
  minimal: Variants;
  /** "and" for the list of preferred terms. */
  and: string;
  /** Emoji by the mood of the reply. */
  emoji: Readonly<Record<Mood, readonly string[]>>;
  /** How its sentences move away from the consultative band they are written in. */
  register: RegisterRewrites;
  /** A reference number as the organisation would write it. */
  referenceNumber(seed: number): string;
}
