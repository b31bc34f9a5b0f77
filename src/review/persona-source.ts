/**
 * Where the review page finds its persona: written into the page itself (the self-contained
 * review page), or else in the link's fragment. Both go through the persona door.
 */
import { restorePersona, type Problem } from "../core/persona/restore";
import type { Persona } from "../core/persona/schema";
import { decodeReviewFragment, type ReviewLinkProblem } from "../core/review/share-link";
import type { UiLanguage } from "../stores/settings-store";

export type ReviewSource =
  { ok: true; persona: Persona } | { ok: false; problem: ReviewLinkProblem; details?: Problem[] };

/**
 * `embedded`: the text of the page's data element (null or blank when the page has none);
 * `hash`: location.hash.
 */
export function readReviewSource(embedded: string | null, hash: string): ReviewSource {
  if (embedded === null || embedded.trim() === "") return decodeReviewFragment(hash);
  let value: unknown;
  try {
    value = JSON.parse(embedded);
  } catch {
    return { ok: false, problem: "corrupt" };
  }
  const restored = restorePersona(value);
  return restored.ok
    ? { ok: true, persona: restored.persona }
    : { ok: false, problem: "invalid-persona", details: restored.problems };
}

/** `?lang=` first (links may force it), then the persona's language, then the browser's, then English. */
export function reviewLanguage(
  search: string,
  personaLanguage: UiLanguage | undefined,
  preferred: readonly string[],
): UiLanguage {
  const forced = new URLSearchParams(search).get("lang");
  if (forced === "fr" || forced === "en") return forced;
  if (personaLanguage) return personaLanguage;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "fr" || base === "en") return base;
  }
  return "en";
}
