/**
 * The studio's stores wired together: the library (persisted), undo history (per persona,
 * in memory) and settings. UI components call these actions and render the stores.
 */
import type { Edit } from "../core/persona/edits";
import type { Problem } from "../core/persona/restore";
import type { Language, Persona } from "../core/persona/schema";
import { createFeedbackInbox } from "./feedback-inbox";
import { createHistoryStore } from "./history-store";
import { LIBRARY_KEY, createLibraryStore, type PersonaCodec } from "./library-store";
import { createSettingsStore } from "./settings-store";

export interface StudioOptions {
  tabId: string;
  now: () => number;
  presets: readonly Persona[];
  codec: PersonaCodec;
}

export type ImportOutcome = { ok: true; id: string } | { ok: false; problems: Problem[] };

export function createStudio({ tabId, now, presets, codec }: StudioOptions) {
  const library = createLibraryStore({ tabId, now, codec });
  // Wall-clock time (not `now`, a counter in tests): key bursts end after a real pause.
  const history = createHistoryStore();
  const settings = createSettingsStore(now);
  const feedback = createFeedbackInbox();

  const openPersona = (): Persona | undefined => {
    const { openId, entries } = library.getState();
    return openId === null ? undefined : entries[openId]?.persona;
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key !== LIBRARY_KEY) return;
    const previous = library.getState().syncFromStorage();
    // The other tab's version is now open; ours stays one undo step away.
    if (previous) history.getState().record(previous.id, previous);
  };

  const actions = {
    openPersona,
    /**
     * Applies an edit to the open persona as one undo step, or part of `gesture` (which,
     * with `burstMs`, ends by itself after that long without an edit).
     */
    edit(edit: Edit, gesture?: string, burstMs?: number): void {
      const before = openPersona();
      if (!before) return;
      const after = edit(before);
      if (after === before) return;
      history.getState().record(before.id, before, gesture, burstMs);
      library.getState().save(after);
    },
    endGesture(): void {
      const id = library.getState().openId;
      if (id !== null) history.getState().endGesture(id);
    },
    undo(): void {
      const current = openPersona();
      const previous = current && history.getState().undo(current.id, current);
      if (previous) library.getState().save(previous);
    },
    redo(): void {
      const current = openPersona();
      const next = current && history.getState().redo(current.id, current);
      if (next) library.getState().save(next);
    },
    /** "Duplicate to edit": a preset becomes the designer's own copy. */
    duplicatePreset(preset: Persona, name: string): string {
      return library.getState().add(preset, name);
    },
    /** A valid file opens as a new persona; an invalid one changes nothing. */
    importText(text: string): ImportOutcome {
      const result = codec.restorePersonaText(text);
      if (!result.ok) return result;
      return { ok: true, id: library.getState().add(result.persona) };
    },
    /** A persona already validated elsewhere (a Character Card, a reviewed version) opens as a new one. */
    addPersona(persona: Persona): string {
      return library.getState().add(persona);
    },
    exportOpen(): { filename: string; text: string } | undefined {
      const persona = openPersona();
      return (
        persona && { filename: `${persona.id}.persona.json`, text: codec.serializePersona(persona) }
      );
    },
    /** First launch opens straight into an editable copy of a preset in the UI language. */
    ensureStarted(language: Language): void {
      const s = library.getState();
      if (s.openId !== null) return;
      const first = s.order[0];
      if (first) return s.open(first);
      const preset = presets.find((p) => p.language === language) ?? presets[0];
      if (preset) s.add(preset);
    },
    /** Follows what other tabs save; returns a function that stops listening. */
    connectTabs(target: Pick<Window, "addEventListener" | "removeEventListener">): () => void {
      target.addEventListener("storage", onStorage);
      return () => target.removeEventListener("storage", onStorage);
    },
  };

  return { library, history, settings, feedback, presets, ...actions };
}

export type Studio = ReturnType<typeof createStudio>;
