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
import { capitalise, decapitalise, fill, mix, wordRuns } from "./text";

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
const CORE_MOVES: ReadonlySet<string> = new Set(["answer", "decline", "redirect", "hand-over"]);

/**
 * The voice for one sentence: at the mixed band, "je" and "nous" alternate. The core of the reply
 * takes one voice (picked by the seed) and the words around it the other one, so that a reply of
 * two sentences already says both ("I have noted your request. We will check what happened.");
 * details, which run several in a row, alternate among themselves.
 */
function institutionalFor(ctx: VoiceContext, move: string, order: number): boolean {
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

/** Keeps the most important sentences, up to `target` sentences, in reading order. */
export function select(sentences: readonly Sentence[], target: number): Sentence[] {
  const ranked = sentences.toSorted((a, b) => a.priority - b.priority || a.order - b.order);
  const kept: Sentence[] = [];
  let total = 0;
  for (const sentence of ranked) {
    if (total + sentence.count > target) continue;
    kept.push(sentence);
    total += sentence.count;
  }
  return kept.toSorted((a, b) => a.order - b.order);
}

/**
 * Joins a word to the front of a kept sentence ("Bonjour, je suis Camille…"). A sentence said
 * flatly (a set formula, a procedure, an Impersonal fact) takes none.
 */
function joinBefore(
  sentences: Sentence[],
  at: number,
  word: string,
  ctx: VoiceContext,
  keep: readonly string[],
): boolean {
  const sentence = sentences[at];
  if (sentence === undefined || sentence.exclaim === false) return false;
  const text = `${word}, ${decapitalise(sentence.text, keep)}`;
  if (!acceptable(text, ctx)) return false;
  sentences[at] = { ...sentence, text };
  return true;
}

const PERSONAL_WORD: ReadonlySet<string> = new Set(["acknowledge", "empathy"]);

/**
 * When the verbosity band left no room for the word for the person (warmth Cordial and up: "a word
 * for the person before the answer"), the answer opens with it: "Merci de me l'avoir signalé : je
 * vais voir ce qui s'est passé." The care of Warm comes first when there is some. An answer that
 * already holds a colon takes a dash instead ("Thank you for your message — an adviser can take
 * over: …").
 */
export function openWithWarmth(
  kept: Sentence[],
  realised: readonly Sentence[],
  ctx: VoiceContext,
  keep: readonly string[],
): boolean {
  if (kept.some((sentence) => PERSONAL_WORD.has(sentence.move))) return false;
  const at = kept.findIndex((sentence) => CORE_MOVES.has(sentence.move));
  const core = kept[at];
  if (core === undefined) return false;
  const joint = /[:;]/.test(core.text) ? " —" : ctx.language === "fr" ? " :" : ":";
  const words = realised
    .filter(
      (sentence) =>
        PERSONAL_WORD.has(sentence.move) &&
        sentence.count === 1 &&
        sentence.text.endsWith(".") &&
        !/[:;]/.test(sentence.text),
    )
    .toSorted((a, b) => a.priority - b.priority);
  for (const word of words) {
    const text = `${word.text.slice(0, -1)}${joint} ${decapitalise(core.text, keep)}`;
    if (!acceptable(text, ctx)) continue;
    kept[at] = { ...core, text };
    return true;
  }
  return false;
}

/** Joins the salutation to the first sentence. */
export function salute(
  sentences: Sentence[],
  salutation: string | undefined,
  ctx: VoiceContext,
  keep: readonly string[],
): boolean {
  return salutation !== undefined && joinBefore(sentences, 0, salutation, ctx, keep);
}

/**
 * Opens the answer with a word of eagerness ("Perfect, I will take care of…"). Not when the
 * answer opens a first reply, which the salutation opens instead ("Hello, perfect, …").
 */
export function cheer(
  sentences: Sentence[],
  cheers: Variants,
  firstReply: boolean,
  ctx: VoiceContext,
  keep: readonly string[],
): boolean {
  const at = sentences.findIndex((sentence) => sentence.move === "answer");
  if (at < 0 || (at === 0 && firstReply) || cheers.length === 0) return false;
  return joinBefore(sentences, at, cheers[ctx.seed % cheers.length] as string, ctx, keep);
}

/**
 * Joins a clause to the end of the first sentence whose move has clauses ("…, but I'm really keen
 * to…"); `exclaimable` says whether the joined sentence may then take "!".
 */
export function append(
  sentences: Sentence[],
  clauses: Readonly<Record<string, Variants>>,
  ctx: VoiceContext,
  exclaimable: boolean,
): boolean {
  const at = sentences.findIndex((sentence) => clauses[sentence.move] !== undefined);
  const sentence = sentences[at];
  const variants = sentence === undefined ? undefined : clauses[sentence.move];
  if (
    sentence === undefined ||
    variants === undefined ||
    !sentence.text.endsWith(".") ||
    sentence.text.endsWith("..")
  )
    return false;
  // As realiseSlots: no run of four words said twice ("we really want to help… we really want to").
  const runs = new Set(sentences.flatMap((other, i) => (i === at ? [] : wordRuns(other.text))));
  for (let i = 0; i < variants.length; i++) {
    const template = variants[(ctx.seed + i) % variants.length] as string;
    // Not a core move: at the mixed band the clause takes the other voice ("we keep our instructions, but I am keen…").
    const clause = fill(
      voiced(
        template,
        { informal: ctx.informal, institutional: institutionalFor(ctx, "clause", sentence.order) },
        ctx.book,
        ctx.register,
      ),
      ctx.values,
    );
    const text = clause === undefined ? undefined : `${sentence.text.slice(0, -1)}, ${clause}.`;
    if (text === undefined || !acceptable(text, ctx) || wordRuns(text).some((run) => runs.has(run)))
      continue;
    // The reply before may have said this very sentence, clause and all.
    if (ctx.saidBefore !== undefined && ctx.saidBefore.age(text) === 1) continue;
    sentences[at] = { ...sentence, text, exclaim: exclaimable };
    return true;
  }
  return false;
}

/**
 * Trails off (the intimate register): the last sentence that ends on "." ends on "…" instead,
 * before the closing question if there is one ("…on prend le temps d'y répondre… Vous cherchez
 * quoi ?"). A question or an exclamation keeps its mark.
 */
export function trailOff(sentences: Sentence[]): void {
  const at = sentences.findLastIndex(
    (sentence) => sentence.text.endsWith(".") && !sentence.text.endsWith(".."),
  );
  const sentence = sentences[at];
  if (sentence !== undefined)
    sentences[at] = { ...sentence, text: `${sentence.text.slice(0, -1)}…` };
}

/** Turns the final "." of up to `count` sentences into "!" (all of them when count is Infinity). */
export function exclaim(sentences: Sentence[], count: number, language: Language): void {
  let left = count;
  for (let i = 0; i < sentences.length && left > 0; i++) {
    const sentence = sentences[i] as Sentence;
    if (!sentence.exclaim || !sentence.text.endsWith(".") || sentence.text.endsWith("..")) continue;
    sentences[i] = {
      ...sentence,
      text: sentence.text.slice(0, -1) + (language === "fr" ? " !" : "!"),
    };
    left--;
  }
}

/** Appends `count` emoji after sentence ends: the first, then the last, then the others. */
export function decorate(
  sentences: readonly string[],
  count: number,
  pool: readonly string[],
  seed: number,
): string[] {
  const out = [...sentences];
  if (out.length === 0 || pool.length === 0) return out;
  const last = out.length - 1;
  const spots = [0, last, ...out.keys()].filter((spot, i, all) => all.indexOf(spot) === i);
  for (let k = 0; k < count; k++) {
    const spot = k < spots.length ? (spots[k] as number) : last;
    out[spot] = `${out[spot]} ${pool[(seed + k) % pool.length]}`;
  }
  return out;
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
