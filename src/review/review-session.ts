/**
 * One client's visit to a review page: the persona (fixed: a client does not edit it), the
 * preview's chat and endpoint stores, their verdicts, and the language they read the page in.
 */
import { createStore } from "zustand/vanilla";
import type { Persona } from "../core/persona/schema";
import { openingOf } from "../core/rehearsal/replay";
import { createFeedback, runsOnOf, type Feedback } from "../core/review/feedback";
import type { ChatHost } from "../stores/chat-store";
import { createPreview, type PreviewOptions } from "../stores/preview";
import type { UiLanguage } from "../stores/settings-store";
import { createRatingsStore, givenVerdicts, type RatedContext } from "./ratings-store";

export interface ReviewSessionOptions {
  ui: UiLanguage;
  preview?: PreviewOptions;
  /** The clock for the feedback's date. */
  now?: () => Date;
  /** The studio's version the page was made from, written into the feedback. */
  versionId?: string;
}

export function createReviewSession(persona: Persona, options: ReviewSessionOptions) {
  // The persona never changes here, so there is nothing to subscribe to (no live replay).
  const host: ChatHost = {
    openPersona: () => persona,
    library: { subscribe: () => () => undefined },
  };
  // The page shows the persona's greeting first: every reply's history starts with it.
  const preview = createPreview(host, { opening: openingOf, ...options.preview });
  const ratings = createRatingsStore();
  const language = createStore<{ ui: UiLanguage; setUi(ui: UiLanguage): void }>()((set) => ({
    ui: options.ui,
    setUi: (ui) => set({ ui }),
  }));
  const now = options.now ?? (() => new Date());
  const scenarioOfTurn = new Map<string, string>();
  const turns = () => preview.chat.getState().conversations[persona.id] ?? [];

  return {
    persona,
    preview,
    ratings,
    language,
    /** Replays a scenario from its first turn; its replies remember which scenario they answer. */
    playScenario(scenarioId: string): void {
      preview.chat.getState().selectScenario(scenarioId);
      preview.chat.getState().replay();
      for (const turn of turns())
        if (turn.role === "assistant") scenarioOfTurn.set(turn.id, scenarioId);
    },
    /** The reply of this turn as a verdict is about it: its text, what it answered, its scenario. */
    contextOf(turnId: string): RatedContext | undefined {
      const list = turns();
      const index = list.findIndex((t) => t.id === turnId);
      const reply = list[index];
      if (!reply || reply.role !== "assistant") return undefined;
      const user = list.slice(0, index).findLast((t) => t.role === "user")?.text ?? "";
      const scenarioId = scenarioOfTurn.get(turnId);
      return scenarioId === undefined
        ? { reply: reply.text, user }
        : { reply: reply.text, user, scenarioId };
    },
    /** The feedback file's content, as of now. */
    feedback(): Feedback {
      return createFeedback({
        persona,
        runsOn: runsOnOf(preview.endpoint.getState()),
        ratings: givenVerdicts(ratings.getState()),
        createdAt: now().toISOString(),
        ...(options.versionId === undefined ? {} : { versionId: options.versionId }),
      });
    },
    dispose: () => preview.dispose(),
  };
}

export type ReviewSession = ReturnType<typeof createReviewSession>;
