/**
 * What the assistant said in the replies before this one, sentence by sentence, so that a
 * reply never says again what the reply before it said ("Nous allons vérifier ce qui s'est
 * passé…" to three complaints running) and, while the phrasebook has another way, nothing
 * said earlier in the conversation either.
 */
import { fold } from "../text/fold";

const SENTENCE = /[^.!?…]+(?:[.!?…]+[»"”)]*|$)/gu;
const WORDS = /[\p{L}\p{N}]+/gu;

/** A sentence as compared: folded words only, so "!" for "." and a trailing emoji do not count. */
export function sentenceKey(sentence: string): string {
  return (fold(sentence).match(WORDS) ?? []).join(" ");
}

export interface SaidBefore {
  /**
   * How many replies ago a sentence was said: 1 for the reply just before, 0 when never.
   * A sentence counts as said when an earlier one ends with it: "Bonjour, merci de nous
   * l'avoir signalé." said "Merci de nous l'avoir signalé." already.
   */
  age(sentence: string): number;
}

export const NOTHING_SAID: SaidBefore = { age: () => 0 };

/** The sentence keys of a reply; a conversation asks for the same earlier replies at every turn. */
function keysOf(reply: string): readonly string[] {
  let keys = KEYS.get(reply);
  if (keys === undefined) {
    keys = (reply.match(SENTENCE) ?? []).map(sentenceKey).filter((key) => key !== "");
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(reply, keys);
  }
  return keys;
}
const KEYS = new Map<string, readonly string[]>();
const KEYS_MAX = 512;

/** The sentences of the earlier replies, oldest first. */
export function saidBefore(replies: readonly string[]): SaidBefore {
  if (replies.length === 0) return NOTHING_SAID;
  const keys = replies.map(keysOf);
  return {
    age(sentence) {
      const key = sentenceKey(sentence);
      if (key === "") return 0;
      for (let back = 1; back <= keys.length; back++) {
        const said = keys[keys.length - back] as readonly string[];
        if (said.some((earlier) => earlier === key || earlier.endsWith(` ${key}`))) return back;
      }
      return 0;
    },
  };
}
