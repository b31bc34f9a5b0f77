/**
 * Tables of spellings: what a stretch of text says by its spelling alone (a word's folded
 * form and capitals, the letter runs inside it), found from its place in the text without
 * slicing it out. A Map keyed by the sliced word cost a new string and its hash on every
 * word, the largest single cost of tokenize(); a table hashes the code units where they
 * stand and compares a candidate unit by unit. The same few hundred spellings recur in
 * every reply. Each spelling gets an id, never reused, that the readers' word memos key on
 * (meter/word-memo.ts).
 */

/** What every entry of a table holds, besides what its reader makes of the spelling. */
export interface Spelled {
  /** The stretch as written, and the hash of its code units. */
  raw: string;
  hash: number;
  /** Unique per entry and never reused, across all tables. */
  spelling: number;
}

/** Open addressing: SLOTS is a power of two, above twice the spellings kept, so probes stay short. */
const SLOTS = 1 << 15;
const MAX_ENTRIES = 15_000;
let spellings = 0;

/** FNV-1a over the code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** True when `word` stands in `text` at `start` (a loop: startsWith() with a position cost several times more). */
function spelledAt(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** One table: `read(raw)` is called on a spelling's first sight, and its result kept until the table is full. */
export class SpellingTable<T extends Spelled> {
  /** Per slot, 1 + the index of its entry in `entries`; 0 for an empty slot. */
  private readonly slots = new Int32Array(SLOTS);
  private readonly entries: T[] = [];

  constructor(private readonly read: (raw: string, hash: number, spelling: number) => T) {}

  /** The entry of text[start, end). */
  at(text: string, start: number, end: number): T {
    const hash = hashOf(text, start, end);
    const length = end - start;
    let slot = hash & (SLOTS - 1);
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const found = this.entries[entry - 1] as T;
      if (found.hash === hash && found.raw.length === length && spelledAt(text, start, found.raw))
        return found;
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (this.entries.length >= MAX_ENTRIES) {
      this.slots.fill(0);
      this.entries.length = 0;
      slot = hash & (SLOTS - 1);
    }
    const found = this.read(text.slice(start, end), hash, spellings++);
    this.entries.push(found);
    this.slots[slot] = this.entries.length;
    return found;
  }
}
