/**
 * The one line each version shows in the list: what changed since the version before. Apart
 * from compare.ts so the list does not bring the compiler's diff of prompts with it.
 */
import type { Language } from "../persona/constants";
import { describeChanges, diffPersonas } from "../persona/diff";
import type { PersonaVersion } from "./types";

/** "Warmth 35 → 80 · …" since the version before; null for a persona's first version. */
export function versionSummaries(
  versions: readonly PersonaVersion[],
  language: Language,
): (string | null)[] {
  return versions.map((version, i) => {
    const previous = versions[i - 1];
    return previous
      ? describeChanges(diffPersonas(previous.persona, version.persona), language)
      : null;
  });
}
