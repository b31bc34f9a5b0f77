/**
 * Fine-grained subscriptions for editor controls. Each control selects only the part of the
 * open persona it shows, so an edit re-renders the controls it touches and nothing else:
 * moving one slider must not re-render the other six or the identity fields (the goal is
 * key press to painted prompt under 16 ms at p95).
 */
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { mergeWarnings } from "../../core/compiler/example-warnings";
import type { Persona } from "../../core/persona/schema";
import type { LibraryState } from "../../stores/library-store";
import { warningsStore } from "../../stores/compiler";
import { shownExampleWarnings } from "../../stores/example-lint";
import { useLibrary } from "../studio-context";

const openOf = (s: LibraryState): Persona | undefined =>
  s.openId === null ? undefined : s.entries[s.openId]?.persona;

/**
 * One slice of the open persona. `select` must return a primitive or a reference that
 * edits keep when they do not change it (edits copy only the branch they change), so the
 * control re-renders only when its own slice changes.
 */
export function usePersonaSlice<T>(select: (persona: Persona) => T): T | undefined {
  return useLibrary((s) => {
    const persona = openOf(s);
    return persona === undefined ? undefined : select(persona);
  });
}

/**
 * Whether a warning's path concerns a control's path: equal, or one contains the other.
 * "voice.emoji" names only the emoji slider; "lexicon.prefer[2]" (one word) shows beside
 * the whole "lexicon.prefer" list; "examples[0]" (a whole example) beside each of its fields.
 */
export function pathConcerns(warningPath: string, controlPath: string): boolean {
  return within(warningPath, controlPath) || within(controlPath, warningPath);
}

/** Whether `path` is `ancestor` or lies under it ("a.b" and "a[0]" lie under "a"; "ab" does not). */
function within(path: string, ancestor: string): boolean {
  if (!path.startsWith(ancestor)) return false;
  const next = path.charAt(ancestor.length);
  return next === "" || next === "." || next === "[";
}

/**
 * The compiler's warning messages that name a control's path, in the persona's language,
 * and, beside the example fields, the style meter's warnings on the example replies once
 * the prompt panel has read them (stores/example-lint.ts). Selected as a list of strings
 * compared item by item, so a control re-renders only when its own warnings change; the
 * warnings are cached per persona snapshot (stores/warnings.ts), so every control shares one
 * lint per edit. No warning shows until they have loaded (stores/compiler.ts).
 */
export function useWarningsAt(controlPath: string): string[] {
  const meter = useStore(shownExampleWarnings);
  const warningsOf = useStore(warningsStore, (s) => s.warningsOf);
  return useLibrary(
    useShallow((s) => {
      const persona = openOf(s);
      if (persona === undefined || warningsOf === null) return [];
      const concerns = (w: { paths: string[] }) =>
        w.paths.some((p) => pathConcerns(p, controlPath));
      const compiled = warningsOf(persona).filter(concerns);
      // Beside the example fields only: a note arriving under a slider a moment after the
      // edit would move the slider under the pointer in the middle of a drag.
      const examples =
        meter.owner === persona.id && controlPath.startsWith("examples")
          ? meter.warnings.filter(concerns)
          : [];
      return mergeWarnings(compiled, examples).map((w) => w.message);
    }),
  );
}
