/**
 * Realisation: turns planned moves into sentences in the persona's voice, keeps as many
 * as the verbosity band asks for, then adds the salutation, exclamation marks and emoji.
 * Every sentence is checked before it is kept: no avoided word, no address slip (even
 * from persona text such as the organisation name). A sentence that fails tries the
 * move's other variants and is dropped when none passes; the whole text is checked once
 * more at the end, since a phrase may span two sentences.
 */
import { englishAddressForm } from "../meter/address/english";
import type { Language, Persona } from "../persona/schema";
import type { BandIndex } from "../persona/bands";
import { frenchAddressSlip } from "../text/checks";
import { containsTerm, fold } from "../text/fold";
import { countEmoji, countSentences } from "../text/counts";
import type { Phrasebook, Variants } from "./phrasebook";
import { voiced } from "./register";
import type { SaidBefore } from "./said-before";
import { capitalise, fill, mix, wordRuns } from "./text";

/** One move of a reply, before realisation. */
export interface Slot {
  move: string;
  variants: Variants;
  /** Tried only when no main variant passes (e.g. a generic refusal after the escalation text). */
  fallback?: Variants;
  /** Lower is kept first when the verbosity band leaves room for fewer sentences. */
  priority: number;
  /** False for set formulas and procedure, which an exclamation mark would spoil. */
  exclaim?: boolean;
}

export interface VoiceContext {
  persona: Persona;
  language: Language;
  book: Phrasebook;
  informal: boolean;
  /** Register band: the phrasebook's consultative sentences move along it (register.ts). */
  register: BandIndex;
  /** Institutional band, 0..4: 0-1 say "je", 2 alternates, 3-4 say "nous". */
  institutional: number;
  /** Folded avoided words. */
  avoid: readonly string[];
  /** Values for $name, $role…; undefined when the persona cannot provide one safely. */
  values: Readonly<Record<string, string | undefined>>;
  seed: number;
  /** The sentences of the earlier replies, which a sentence says again only as a last resort. */
  saidBefore?: SaidBefore;
}

/** A realised sentence (or a persona text that may hold several). */
export interface Sentence {
  move: string;
  text: string;
  count: number;
  priority: number;
  exclaim: boolean;
  order: number;
}

/**
 * Whether a text keeps the persona's address form: French pronouns, or in English a
 * courtesy title or a first name (the designer's own greeting may carry "Ms Martin").
 */
function keepsAddress(text: string, ctx: Pick<VoiceContext, "language" | "persona">): boolean {
  if (ctx.language === "fr") return frenchAddressSlip(text, ctx.persona.address) === undefined;
  const form = englishAddressForm(text);
  return form === "none" || form === ctx.persona.address;
}

/** True when the text is free of avoided words and of the other address form. */
export function acceptable(text: string, ctx: VoiceContext): boolean {
  if (ctx.avoid.length > 0) {
    const folded = fold(text);
    if (ctx.avoid.some((term) => containsTerm(folded, term))) return false;
  }
  return keepsAddress(text, ctx);
}

/** The core moves of a reply: the answer, refusal, redirect or hand-over in place of an answer. */
export const CORE_MOVES: ReadonlySet<string> = new Set([
  "answer",
  "decline",
  "redirect",
  "hand-over",
]);

/**
 * The voice for one sentence: at the mixed band, "je" and "nous" alternate. The core of the reply
 * takes one voice (picked by the seed) and the words around it the other one, so that a reply of
 * two sentences already says both ("I have noted your request. We will check what happened.");
 * details, which run several in a row, alternate among themselves.
 */
export function institutionalFor(ctx: VoiceContext, move: string, order: number): boolean {
  if (ctx.institutional <= 1) return false;
  if (ctx.institutional >= 3) return true;
  if (move === "detail") return (order + ctx.seed) % 2 === 1;
  return CORE_MOVES.has(move) === (ctx.seed % 2 === 0);
}

function realiseOne(
  template: string,
  ctx: VoiceContext,
  move: string,
  order: number,
  institutional = institutionalFor(ctx, move, order),
): string | undefined {
  const text = voiced(template, { informal: ctx.informal, institutional }, ctx.book, ctx.register);
  const filled = fill(text, ctx.values);
  if (filled === undefined) return undefined;
  const sentence = capitalise(filled);
  return acceptable(sentence, ctx) ? sentence : undefined;
}

/**
 * Realises each slot with the first acceptable variant, starting from one picked by the
 * seed so that different messages read differently. Never says a thing twice: not the same
 * template in both voices ("It helps me…", "It helps us…"), and no run of four words
 * already said, in the reply or in `said` (the persona's own greeting that opens it). A
 * sentence of an earlier reply comes back only when the move has no other: the one said
 * longest ago, and one of the reply just before only for the answer itself.
 */
export function realiseSlots(slots: readonly Slot[], ctx: VoiceContext, said = ""): Sentence[] {
  const templates = new Set<string>();
  const runs = new Set(wordRuns(said));
  const out: Sentence[] = [];
  // The most important moves claim their words first: an acknowledgement gives way to the answer.
  const byPriority = slots
    .map((slot, order) => ({ slot, order }))
    .toSorted((a, b) => a.slot.priority - b.slot.priority || a.order - b.order);
  for (const { slot, order } of byPriority) {
    const start = mix(ctx.seed, order) % Math.max(1, slot.variants.length);
    const tries = [
      ...slot.variants.slice(start),
      ...slot.variants.slice(0, start),
      ...(slot.fallback ?? []),
    ];
    let stale: { template: string; text: string; own: string[]; age: number } | undefined;
    let taken: { template: string; text: string; own: string[] } | undefined;
    for (const template of tries) {
      if (templates.has(template)) continue;
      const text = realiseOne(template, ctx, slot.move, order);
      if (text === undefined) continue;
      const own = wordRuns(text);
      if (own.some((run) => runs.has(run))) continue;
      const age = saidAge(template, text, ctx, slot.move, order);
      if (age === 0) {
        taken = { template, text, own };
        break;
      }
      if (stale === undefined || age > stale.age) stale = { template, text, own, age };
    }
    if (taken === undefined && stale !== undefined && (stale.age > 1 || slot.priority <= 0))
      taken = stale;
    if (taken === undefined) continue;
    templates.add(taken.template);
    for (const run of taken.own) runs.add(run);
    out.push({
      move: slot.move,
      text: taken.text,
      count: countSentences(taken.text),
      priority: slot.priority,
      exclaim: slot.exclaim ?? true,
      order,
    });
  }
  return out;
}

/**
 * How many replies ago a sentence was said (0: never). At the mixed institutional band the
 * voice alternates, so "Je peux vous aider…" after "Nous pouvons vous aider…" says it again.
 */
function saidAge(
  template: string,
  text: string,
  ctx: VoiceContext,
  move: string,
  order: number,
): number {
  if (ctx.saidBefore === undefined) return 0;
  const age = ctx.saidBefore.age(text);
  if (ctx.institutional !== 2) return age;
  const other = realiseOne(template, ctx, move, order, !institutionalFor(ctx, move, order));
  const otherAge = other === undefined ? 0 : ctx.saidBefore.age(other);
  // The more recent of the two: said in the reply before in either voice is said just before.
  return age === 0 || otherAge === 0 ? age + otherAge : Math.min(age, otherAge);
}

/** Persona text (greeting, names) usable inline: one clause, no emoji, right address form. */
export function inlineValue(
  text: string | undefined,
  ctx: Pick<VoiceContext, "language" | "persona">,
  max = 120,
): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (
    trimmed === "" ||
    trimmed.length > max ||
    /[.!?…\n\r]/.test(trimmed) ||
    !/\p{L}/u.test(trimmed)
  )
    return undefined;
  if (countEmoji(trimmed) > 0 || /[:;]-?[()]|<3/.test(trimmed)) return undefined;
  if (!keepsAddress(trimmed, ctx)) return undefined;
  return trimmed;
}
