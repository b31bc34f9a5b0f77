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
import { createPresetsStore, type PresetSource } from "./presets-store";
import { createSettingsStore } from "./settings-store";

export interface StudioOptions {
  tabId: string;
  now: () => number;
  /** The presets, or how to fetch them when first needed. */
  presets: PresetSource;
  codec: PersonaCodec;
}

export type ImportOutcome = { ok: true; id: string } | { ok: false; problems: Problem[] };

export function createStudio({ tabId, now, presets: presetSource, codec }: StudioOptions) {
  const library = createLibraryStore({ tabId, now, codec });
  const presets = createPresetsStore(presetSource);
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
    /**
     * "Duplicate to edit" from the library's list, which shows the presets' summaries: the
     * preset itself may still have to be fetched. Rejects when it cannot be (the presets
     * store says why) or no preset has this id.
     */
    async copyPreset(id: string): Promise<string> {
      const preset = (await presets.getState().load()).find((p) => p.id === id);
      if (!preset) throw new Error(`no preset ${id}`);
      return library.getState().add(preset, preset.name);
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
    /**
     * First launch opens straight into an editable copy of a preset in the UI language: at
     * once when the presets are at hand, else once they are fetched (a failed fetch leaves
     * the library empty, and the presets store says why).
     */
    ensureStarted(language: Language): void {
      const s = library.getState();
      if (s.openId !== null) return;
      const first = s.order[0];
      if (first) return s.open(first);
      const start = (list: readonly Persona[]) => {
        // Another tab may have started the library while the presets were on their way.
        if (library.getState().openId !== null || library.getState().order.length > 0) return;
        const preset = list.find((p) => p.language === language) ?? list[0];
        if (preset) library.getState().add(preset);
      };
      const { list } = presets.getState();
      if (list) start(list);
      else
        presets
          .getState()
          .load()
          .then(start, () => {});
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
