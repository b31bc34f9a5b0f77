/**
 * The touches a reply takes once its sentences are realised (realise.ts): which sentences
 * the length band keeps, a warm opening, the salutation, a cheer, a clause appended, a
 * trailing-off, how many exclamation marks and emoji, and the final text. Each works on sentences already checked, and
 * re-checks what it adds.
 */
import type { BandIndex } from "../persona/bands";
import type { Language } from "../persona/schema";
import type { Intent } from "./intent-cues";
import type { Variants } from "./phrasebook";
import { moodOf } from "./plan";
import { voiced } from "./register";
import {
  CORE_MOVES,
  acceptable,
  institutionalFor,
  type Sentence,
  type VoiceContext,
} from "./realise";
import { decapitalise, fill, wordRuns } from "./text";
import type { Turn } from "./turn";

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

/** Most emoji a reply may carry per emoji band (band 1 only now and then). */
export const EMOJI_MAX: Readonly<Record<BandIndex, number>> = { 0: 0, 1: 1, 2: 1, 3: 2, 4: 3 };

export function emojiCount(
  band: BandIndex,
  intent: Intent,
  seed: number,
  register: BandIndex,
): number {
  // A serious reply takes emoji only where the persona uses them in most replies (Regular: one,
  // Frequent: two), from the serious pool; below that, the catalog keeps them off serious topics.
  if (moodOf(intent) === "serious") return Math.max(0, band - 2);
  // Rare and Occasional emoji are optional ("now and then"): careful formal prose leaves them out.
  if (register >= 3 && band <= 2) return 0;
  switch (band) {
    case 0:
      return 0;
    case 1:
      return seed % 3 === 0 ? 1 : 0;
    case 2:
      return 1;
    case 3:
      return 1 + (seed % 2);
    case 4:
      return 2 + (seed % 2);
  }
}

/**
 * Exclamation marks per enthusiasm band; none below band 2. A serious reply takes them only on
 * what moves the request forward (plan.ts keeps them off feelings, refusals and redirects). At the
 * frozen register, one at most: an official letter shows its energy in words.
 */
export function exclamations(band: BandIndex, register: BandIndex): number {
  if (band <= 1) return 0;
  if (register === 4) return 1;
  return band === 2 ? 1 : band === 3 ? 2 : Number.POSITIVE_INFINITY;
}

/**
 * The first reply opens with the register's salutation; after it, only a user who greets
 * again gets "Rebonjour" (not one who answers the persona's greeting with a "Bonjour").
 */
export function pickSalutation(
  book: VoiceContext["book"],
  register: BandIndex,
  turn: Turn,
  seed: number,
  ctx: VoiceContext,
): string | undefined {
  // No "Bonjour" before a goodbye, even when the goodbye is the first message.
  if (turn.intent === "farewell") return undefined;
  const variants = turn.greeted
    ? turn.greetedBefore
      ? book.greetedAgain
      : undefined
    : book.salutations[register];
  if (variants === undefined) return undefined;
  const template = variants[seed % variants.length] as string;
  return expandSalutation(template, ctx);
}

function expandSalutation(template: string, ctx: VoiceContext): string {
  // Salutations hold only address choices: the voice branch never matters.
  return template.replace(/\{([^{}|]*)\|([^{}]*)\}/g, (_, formal: string, informal: string) =>
    ctx.informal ? informal : formal,
  );
}

/** Joins the sentences, adds emoji, and checks the whole text one last time. */
export function finish(kept: Sentence[], emoji: number, ctx: VoiceContext, intent: Intent): string {
  const pool = ctx.book.emoji[moodOf(intent)];
  let sentences = kept.map((sentence) => sentence.text);
  for (;;) {
    const decorated = decorate(sentences, emoji, pool, ctx.seed).join(" ");
    if (acceptable(decorated, ctx)) return decorated;
    const plain = sentences.join(" ");
    if (acceptable(plain, ctx)) return plain;
    // A phrase spanning two sentences: drop the last one until the text is clean.
    if (sentences.length === 0) return "";
    sentences = sentences.slice(0, -1);
  }
}
