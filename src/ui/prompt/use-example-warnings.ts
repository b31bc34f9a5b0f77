import { useEffect, useState } from "react";
import type { CompileWarning } from "../../core/compiler/types";
import type { Persona } from "../../core/persona/schema";
import {
  cachedExampleWarningsOf,
  exampleWarningsOf,
  shownExampleWarnings,
} from "../../stores/example-lint";

/**
 * Quiet time after the last edit before the meter reads the examples, in ms: a slider
 * drag or a burst of typing makes one reading, not one per step, and no step pays for it.
 */
export const EXAMPLE_LINT_DELAY_MS = 150;
const NONE: readonly CompileWarning[] = [];

interface Shown {
  /** The persona (by id) the warnings were read for: another persona's are never shown. */
  owner: string;
  warnings: readonly CompileWarning[];
}

/** Memoised warnings come back as the same objects, so an unchanged reading is not a new one. */
function sameWarnings(a: readonly CompileWarning[], b: readonly CompileWarning[]): boolean {
  return a.length === b.length && a.every((warning, i) => warning === b[i]);
}

/**
 * The style meter's warnings on the persona's example replies. The last reading stays
 * on screen while the persona changes and a new one is on its way, so the list does
 * not blink on every edit; opening another persona starts from none.
 */
export function useExampleWarnings(persona: Persona | undefined): readonly CompileWarning[] {
  const [shown, setShown] = useState<Shown>({ owner: "", warnings: NONE });
  useEffect(() => {
    if (!persona) return;
    const show = (warnings: readonly CompileWarning[]) => {
      setShown((prev) =>
        prev.owner === persona.id && sameWarnings(prev.warnings, warnings)
          ? prev
          : { owner: persona.id, warnings },
      );
      const published = shownExampleWarnings.getState();
      if (published.owner !== persona.id || !sameWarnings(published.warnings, warnings))
        shownExampleWarnings.setState({ owner: persona.id, warnings });
    };
    const ready = cachedExampleWarningsOf(persona);
    if (ready) {
      show(ready);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      exampleWarningsOf(persona, controller.signal).then(
        (warnings) => warnings && show(warnings),
        () => undefined, // the meter could not load (offline): compile()'s warnings still stand
      );
    }, EXAMPLE_LINT_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [persona]);
  if (!persona) return NONE;
  return cachedExampleWarningsOf(persona) ?? (shown.owner === persona.id ? shown.warnings : NONE);
}
