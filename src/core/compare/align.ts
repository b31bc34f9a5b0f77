/**
 * Aligning two runs of one conversation: a row per user turn, each side's reply beside it
 * (absent while that side has not reached the turn). Each side chains on its own replies,
 * so the rows share only the user's words.
 */
import type { ChatMessage } from "../conversation";
import type { CompareRow, SideReply, SideSummary } from "./types";

export function alignTurns(
  users: readonly string[],
  a: readonly SideReply[],
  b: readonly SideReply[],
): CompareRow[] {
  return users.map((user, turn) => ({ turn, user, a: a[turn], b: b[turn] }));
}

/**
 * The messages side's reply `turn` answers: the user turns so far and this side's own replies
 * to them (a reply that wrote nothing is skipped, as in the preview's history).
 */
export function historyFor(
  users: readonly string[],
  replies: readonly Pick<SideReply, "text">[],
  turn: number,
): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (let i = 0; i < turn; i++) {
    messages.push({ role: "user", content: users[i] ?? "" });
    const text = replies[i]?.text ?? "";
    if (text !== "") messages.push({ role: "assistant", content: text });
  }
  messages.push({ role: "user", content: users[turn] ?? "" });
  return messages;
}

/** Every reading of the side's read replies, counted: the figure above each column. */
export function summarizeSide(replies: readonly (SideReply | undefined)[]): SideSummary {
  let held = 0;
  let total = 0;
  let read = 0;
  for (const reply of replies) {
    if (!reply?.readings) continue;
    read++;
    for (const reading of reply.readings) {
      total++;
      if (reading.ok) held++;
    }
  }
  return { held, total, replies: read };
}

/** The user turns of a conversation on screen (its assistant turns are dropped). */
export function userTurnsOf(turns: readonly { role: string; text: string }[]): string[] {
  return turns.filter((t) => t.role === "user" && t.text.trim() !== "").map((t) => t.text);
}
