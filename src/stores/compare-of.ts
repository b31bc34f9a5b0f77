/**
 * The comparison of a studio, created once: its sides and last run outlive the view being
 * closed. Wired to the preview: its endpoint settings, its reply cache (shared with the persona
 * tests), and the conversation on screen — the designer's own user turns when there are any,
 * else the selected scenario's.
 */
import { userTurnsOf } from "../core/compare/align";
import { selectedScenario } from "./chat-types";
import { createCompareStore, type CompareDeps, type CompareStore } from "./compare-store";
import { scenariosOf } from "./own-scenarios";
import { previewOf } from "./preview";
import type { Studio } from "./studio";

/** The user turns on screen for the open persona, or its selected scenario's. */
export function conversationOf(studio: Studio): string[] {
  const persona = studio.openPersona();
  if (!persona) return [];
  const { chat } = previewOf(studio);
  const { conversations, scenarioId } = chat.getState();
  const onScreen = userTurnsOf(conversations[persona.id] ?? []);
  if (onScreen.length > 0) return onScreen;
  return [...(selectedScenario(scenariosOf(persona), scenarioId)?.turns ?? [])];
}

const stores = new WeakMap<Studio, CompareStore>();

/** `options` count only on the first call (the coordinator passes `listVersions` there). */
export function compareOf(studio: Studio, options: Partial<CompareDeps> = {}): CompareStore {
  let store = stores.get(studio);
  if (!store) {
    const preview = previewOf(studio);
    store = createCompareStore({
      openPersona: () => studio.openPersona(),
      persona: (id) => studio.library.getState().entries[id]?.persona,
      endpoint: () => preview.endpoint.getState(),
      conversation: () => conversationOf(studio),
      cache: preview.cache,
      ...options,
    });
    stores.set(studio, store);
  }
  return store;
}
