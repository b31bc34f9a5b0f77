/**
 * Memoised text analysis for lint. The studio recompiles on every slider move
 * while the greeting, examples and lexicon stay the same, and folding those
 * texts is most of lint's cost. The caches hold only results of pure functions
 * of the text, so compile() output never depends on what they contain; they are
 * bounded and simply cleared when full. Each fact is computed on first use, so
 * a persona whose rules never ask for it (no avoided words, emoji allowed)
 * never pays for it.
 */
import type { Address } from "../persona/schema";
import { frenchAddressSlip, hasEmoji } from "../text/checks";
import { containsTerm, fold } from "../text/fold";

/** Enough for the largest persona the schema allows (200 + 200 terms, 50 examples). */
const MAX_ENTRIES = 1024;

/** What lint needs to know about one thing the assistant says (a greeting or an example reply). */
export class SpokenText {
  #folded: string | undefined;
  #hasEmoji: boolean | undefined;
  readonly #slips: Partial<Record<Address, string | null>> = {};
  readonly #mentions = new Map<string, boolean>();

  constructor(readonly text: string) {}

  /** The text as fold() writes it, for accent- and case-insensitive search. */
  get folded(): string {
    this.#folded ??= fold(this.text);
    return this.#folded;
  }

  get hasEmoji(): boolean {
    this.#hasEmoji ??= hasEmoji(this.text);
    return this.#hasEmoji;
  }

  /** Whether the text uses a (folded) lexicon term as a whole word; remembered per term. */
  mentions(term: string): boolean {
    let found = this.#mentions.get(term);
    if (found === undefined) {
      found = containsTerm(this.folded, term);
      this.#mentions.set(term, found);
    }
    return found;
  }

  /** The first French pronoun in the text that contradicts `address`, or undefined. */
  addressSlip(address: Address): string | undefined {
    let slip = this.#slips[address];
    if (slip === undefined) {
      slip = frenchAddressSlip(this.text, address) ?? null;
      this.#slips[address] = slip;
    }
    return slip ?? undefined;
  }
}

const spokenCache = new Map<string, SpokenText>();
const termCache = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

/** The (shared, lazily filled) analysis of a greeting or example reply. */
export function spokenText(text: string): SpokenText {
  return spokenCache.get(text) ?? remember(spokenCache, text, new SpokenText(text));
}

/** fold() for lexicon terms. */
export function foldedTerm(term: string): string {
  return termCache.get(term) ?? remember(termCache, term, fold(term));
}
