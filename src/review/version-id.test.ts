/**
 * The version a review was made from travels with it: after the link's body, in the review
 * page's data, then in the feedback file. Links and pages made before versions read as before.
 */
import { describe, expect, it } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { restoreFeedback } from "../core/review/feedback";
import { reviewPageHtml } from "../core/review/review-page";
import { decodeReviewFragment, encodeReviewFragment } from "../core/review/share-link";
import { readReviewSource } from "./persona-source";
import { createReviewSession } from "./review-session";

const persona = makePersona({ id: "guichet" });
const versionId = "0b6f3c2e-7d1a-4c1b-9a55-2f9e8d7c6b5a";

describe("the version id of a review", () => {
  it("rides after the link's body, and older links have none", () => {
    const link = encodeReviewFragment(persona, versionId);
    expect(link.endsWith(`.${versionId}`)).toBe(true);
    expect(decodeReviewFragment(link)).toEqual({ ok: true, persona, versionId });
    expect(decodeReviewFragment(encodeReviewFragment(persona))).toEqual({ ok: true, persona });
  });

  it("refuses a link whose version part is not an id", () => {
    const body = encodeReviewFragment(persona);
    for (const tail of [".", ".a b", `.${versionId}.x`, ".<script>"])
      expect(decodeReviewFragment(body + tail)).toMatchObject({ ok: false, problem: "corrupt" });
  });

  it("is written into the self-contained page, which older pages read without", () => {
    const template = '<html><script type="application/json" id="psydesign-review"></script></html>';
    const page = reviewPageHtml(template, persona, versionId);
    const data = /<script[^>]*>([^<]*)<\/script>/.exec(page)?.[1] ?? null;
    expect(readReviewSource(data, "")).toEqual({ ok: true, persona, versionId });
    const old = /<script[^>]*>([^<]*)<\/script>/.exec(reviewPageHtml(template, persona))?.[1];
    expect(readReviewSource(old ?? null, "")).toEqual({ ok: true, persona });
  });

  it("ends up in the feedback file, which the studio reads back", () => {
    const session = createReviewSession(persona, { ui: "fr", versionId });
    const feedback = session.feedback();
    session.dispose();
    expect(feedback.versionId).toBe(versionId);
    const back = restoreFeedback(JSON.parse(JSON.stringify(feedback)));
    expect(back.ok && back.feedback.versionId).toBe(versionId);
    expect(restoreFeedback({ ...feedback, versionId: "../x" }).ok).toBe(false);
  });
});
