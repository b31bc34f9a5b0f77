/**
 * The client feedback the designer has opened this session, newest first. Kept in memory:
 * the feedback file stays on the designer's disk, and importing it again shows it again.
 */
import { createStore } from "zustand/vanilla";
import type { Feedback } from "../core/review/feedback";

export interface FeedbackItem {
  feedback: Feedback;
  /** The file it came from, or null for pasted text. */
  source: string | null;
  /** The saved version the review was made from, when this browser keeps it. */
  version?: { id: string; name: string };
}

export interface FeedbackInbox {
  items: FeedbackItem[];
  /** The item shown in the feedback dialog, or null when it is closed. */
  shown: FeedbackItem | null;
  receive(item: FeedbackItem): void;
  show(item: FeedbackItem | null): void;
}

export function createFeedbackInbox() {
  return createStore<FeedbackInbox>()((set) => ({
    items: [],
    shown: null,
    receive: (item) => set((s) => ({ items: [item, ...s.items], shown: item })),
    show: (item) => set({ shown: item }),
  }));
}
