/**
 * The client's verdicts, kept for the whole visit: playing another scenario or starting over
 * replaces the conversation, not what was already said about earlier replies. In memory only.
 */
import { createStore } from "zustand/vanilla";
import type { ReplyRating } from "../core/review/feedback";

/** The reply a verdict is about, as the client saw it. */
export type RatedContext = Pick<ReplyRating, "reply" | "user" | "scenarioId">;

export interface RatingsState {
  /** By turn id; a verdict on an earlier text of a regenerated reply is kept under its own key. */
  byKey: Readonly<Record<string, ReplyRating>>;
  rate(turnId: string, context: RatedContext, rating: ReplyRating["rating"]): void;
  comment(turnId: string, context: RatedContext, comment: string): void;
}

export function createRatingsStore() {
  let retired = 0;
  return createStore<RatingsState>()((set, get) => {
    const update = (turnId: string, context: RatedContext, change: Partial<ReplyRating>) => {
      const byKey = { ...get().byKey };
      const existing = byKey[turnId];
      // Regenerate or Retry wrote a new text under the same turn: the old verdict stays, apart.
      if (existing && existing.reply !== context.reply) byKey[`${turnId}~${++retired}`] = existing;
      const base: ReplyRating =
        existing?.reply === context.reply ? existing : { ...context, rating: null, comment: "" };
      byKey[turnId] = { ...base, ...change };
      set({ byKey });
    };
    return {
      byKey: {},
      rate: (turnId, context, rating) => update(turnId, context, { rating }),
      comment: (turnId, context, comment) => update(turnId, context, { comment }),
    };
  });
}

export type RatingsStore = ReturnType<typeof createRatingsStore>;

/** The verdict on this text of the turn, if any. */
export function verdictOf(
  state: Pick<RatingsState, "byKey">,
  turnId: string,
  reply: string,
): ReplyRating | undefined {
  const entry = state.byKey[turnId];
  return entry?.reply === reply ? entry : undefined;
}

/** Every verdict that says something, in the order the replies were first rated. */
export function givenVerdicts(state: Pick<RatingsState, "byKey">): ReplyRating[] {
  return Object.values(state.byKey).filter((r) => r.rating !== null || r.comment.trim() !== "");
}
