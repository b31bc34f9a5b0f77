/**
 * The cache keys of one run's replies, asked in the order the run writes them. Each reply
 * answers every turn before it; the turns already folded into the history are checked by
 * identity and only the new ones are added, so a live re-run of a long conversation whose
 * replies are all cached costs a few milliseconds, not a walk of the conversation per reply.
 */
import type { ChatMessage } from "../core/conversation";
import { historyAfter, historyOf, replyKeyAt } from "../providers/reply-cache";
import type { Turn } from "./chat-types";

/**
 * The key of the reply at `index` of `turns`, under `head` (see replyHead). The run may
 * change a list in place only from the last `index` asked on (the reply it writes); any other
 * change comes as a new list.
 */
export type RunKeys = (head: number, turns: readonly Turn[], index: number) => string;

/** `opening`: the messages before the conversation's turns (a greeting), as historyBefore's caller adds them. */
export function createRunKeys(opening: readonly ChatMessage[]): RunKeys {
  const start = historyOf(opening);
  let history = start;
  let folded: Turn[] = [];
  let seen: readonly Turn[] | undefined;
  return (head, turns, index) => {
    // A turn folded in and since replaced (an edit, another run) means starting over; the
    // same list, changed only past them, keeps them.
    const kept =
      folded.length <= index && (turns === seen || folded.every((turn, i) => turns[i] === turn));
    seen = turns;
    if (!kept) {
      history = start;
      folded = [];
    }
    for (let i = folded.length; i < index; i++) {
      const turn = turns[i]!;
      // As historyBefore: a reply that wrote nothing is not part of the conversation.
      if (turn.role === "user" || turn.text !== "")
        history = historyAfter(history, { role: turn.role, content: turn.text });
      folded.push(turn);
    }
    return replyKeyAt(head, history);
  };
}
