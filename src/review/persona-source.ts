/**
 * Where the review page finds its persona: written into the page itself (the self-contained
 * review page), or else in the link's fragment. Both go through the persona door.
 */
import { restorePersona, type Problem } from "../core/persona/restore";
import type { Persona } from "../core/persona/schema";
import { REVIEW_PAGE_FORMAT } from "../core/review/review-page";
import { decodeReviewFragment, type ReviewLinkProblem } from "../core/review/share-link";
import type { UiLanguage } from "../stores/settings-store";

export type ReviewSource =
  | { ok: true; persona: Persona; versionId?: string }
  | { ok: false; problem: ReviewLinkProblem; details?: Problem[] };

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
  // A page made from a known version wraps the persona with the version's id.
  const wrapped =
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>).format === REVIEW_PAGE_FORMAT
      ? (value as { persona?: unknown; versionId?: unknown })
      : undefined;
  const restored = restorePersona(wrapped ? wrapped.persona : value);
  if (!restored.ok) return { ok: false, problem: "invalid-persona", details: restored.problems };
  const versionId = wrapped?.versionId;
  return typeof versionId === "string" && /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(versionId)
    ? { ok: true, persona: restored.persona, versionId }
    : { ok: true, persona: restored.persona };
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
