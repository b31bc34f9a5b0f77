/**
 * The self-contained review page: the single-file build of the review mode (every script and
 * style inlined, so it opens from disk, offline) with one persona written into it.
 */
import type { Persona } from "../persona/schema";

/**
 * What the data slot holds when the page was made from a known version: the persona and the
 * version's id (a page without it holds the persona alone, as older pages do).
 */
export const REVIEW_PAGE_FORMAT = "psydesign-review-page";

/** The id of the element the review page reads its persona from. */
export const REVIEW_DATA_ID = "psydesign-review";

// The empty slot as review.html has it, or a slot filled earlier (its JSON never holds a "<").
const SLOT = new RegExp(
  `<script type="application/json" id="${REVIEW_DATA_ID}">[^<]*</script>`,
  "g",
);

/**
 * JSON that can sit inside a <script> element: "<" written as \u003c means neither "</script"
 * nor "<!--" can end or change the element early, and JSON.parse reads it back unchanged.
 * U+2028/U+2029 are escaped too, for any reader that treats the text as JavaScript.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * `template` (review-page.html from the build) with `persona` in its data slot. The last slot
 * is the page's own (the inlined code sits before it, in the head). Throws when the template
 * has no slot: that is not a review page.
 */
export function reviewPageHtml(template: string, persona: Persona, versionId?: string): string {
  const slots = [...template.matchAll(SLOT)];
  const slot = slots.at(-1);
  if (!slot || slot.index === undefined)
    throw new Error(`the template has no <script id="${REVIEW_DATA_ID}"> element`);
  const data =
    versionId === undefined ? persona : { format: REVIEW_PAGE_FORMAT, versionId, persona };
  const filled = `<script type="application/json" id="${REVIEW_DATA_ID}">${scriptSafeJson(data)}</script>`;
  return template.slice(0, slot.index) + filled + template.slice(slot.index + slot[0].length);
}
