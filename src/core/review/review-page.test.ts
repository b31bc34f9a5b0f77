import { describe, expect, it } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { REVIEW_DATA_ID, reviewPageHtml, scriptSafeJson } from "./review-page";

const SLOT = `<script type="application/json" id="${REVIEW_DATA_ID}"></script>`;
const TEMPLATE = `<!doctype html><html><head><script type="module">const id = "${REVIEW_DATA_ID}";</script></head><body><div id="root"></div>${SLOT}</body></html>`;

/** What a browser would hand the page: the slot's text, as JSON. */
function embedded(html: string): unknown {
  const match = /<script type="application\/json" id="psydesign-review">([\s\S]*?)<\/script>/.exec(
    html.slice(html.indexOf("<body>")),
  );
  return JSON.parse(match?.[1] ?? "null");
}

describe("reviewPageHtml", () => {
  it("writes the persona into the page's slot, leaving the rest as it was", () => {
    const persona = makePersona();
    const html = reviewPageHtml(TEMPLATE, persona);
    expect(embedded(html)).toEqual(persona);
    expect(html.startsWith(TEMPLATE.slice(0, TEMPLATE.indexOf(SLOT)))).toBe(true);
    expect(html.endsWith("</body></html>")).toBe(true);
  });

  it("keeps texts that would end the script or open a comment from doing so", () => {
    const persona = makePersona({
      name: "</script><script>alert(1)</script>",
      greeting: "<!-- hidden --> & </SCRIPT > \u2028 <b>",
      identity: { assistantName: "</script", role: "<!--" },
    });
    const html = reviewPageHtml(TEMPLATE, persona);
    const body = html.slice(html.indexOf("<body>"));
    // One </script> for the slot itself, none from the persona; no comment opener at all.
    expect(body.match(/<\/script/gi)).toHaveLength(1);
    expect(body).not.toContain("<!--");
    expect(embedded(html)).toEqual(persona);
  });

  it("can fill a page again (a re-export replaces the persona)", () => {
    const first = reviewPageHtml(TEMPLATE, makePersona({ name: "First" }));
    const second = reviewPageHtml(first, makePersona({ name: "Second" }));
    expect(embedded(second)).toMatchObject({ name: "Second" });
    expect(second.match(/id="psydesign-review"/g)).toHaveLength(1);
  });

  it("refuses a template that is not a review page", () => {
    expect(() => reviewPageHtml("<html><body></body></html>", makePersona())).toThrow(
      /no <script id="psydesign-review">/,
    );
  });

  it("escapes only into forms JSON.parse reads back", () => {
    const value = { text: "a<b>c&d\u2028e\u2029" };
    expect(scriptSafeJson(value)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(scriptSafeJson(value))).toEqual(value);
  });
});
