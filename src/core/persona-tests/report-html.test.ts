// @vitest-environment jsdom
/**
 * The HTML report, parsed by a real HTML parser (jsdom): self-contained (no script, no
 * resource URL), readable without colour, hostile text shown as text, evidence marked, and
 * the drift drawn as inline SVG. Runs are built from real rehearsal replies.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { casesOf, driftOf, ENDPOINT, offlineRun } from "../../../tests/helpers/test-run";
import { restorePersonaText } from "../persona/restore";
import { personaVersion } from "./runner";
import type { Persona } from "../persona/schema";
import { writeHtmlReport } from "./report-html";
import { REPORT_WORDS } from "./report-words";

/** Read by path: under jsdom, URL is jsdom's and node:fs refuses it (tests/helpers/presets.ts). */
function preset(id: string): Persona {
  const text = readFileSync(join(import.meta.dirname, "../../../personas", `${id}.json`), "utf8");
  const restored = restorePersonaText(text);
  if (!restored.ok) throw new Error(`${id} should be a valid persona`);
  return restored.persona;
}
const TOWN_HALL = preset("service-public");
const START_UP = preset("startup-decontractee");

async function fullRun() {
  const run = await offlineRun(TOWN_HALL, {
    scenarios: ["welcome-fr", "complaint-fr"],
    other: START_UP,
  });
  run.drift = [await driftOf(TOWN_HALL, START_UP, casesOf(TOWN_HALL, ["welcome-fr"])[0]!, 12)];
  return run;
}

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const wordKeys = (lang: "fr" | "en") => Object.keys(REPORT_WORDS[lang]).toSorted();

describe("writeHtmlReport", () => {
  test("is one self-contained page: no script, no external resource, inline CSS", async () => {
    const html = writeHtmlReport(await fullRun(), { lang: "fr" });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    const doc = parse(html);
    expect(doc.querySelectorAll("script, link, img, iframe, object, embed")).toHaveLength(0);
    expect(doc.querySelector("style")?.textContent).toContain("mark{");
    for (const element of doc.querySelectorAll("*"))
      for (const attribute of element.attributes)
        expect(`${attribute.name}=${attribute.value}`).not.toMatch(/^(?:src|href|on\w+)=/i);
  });

  test("says who, which version, when, and per target how many checks held", async () => {
    const run = await fullRun();
    const doc = parse(writeHtmlReport(run, { lang: "en" }));
    expect(doc.documentElement.lang).toBe("en");
    expect(doc.querySelector("h1")?.textContent).toBe(`Persona test report — ${TOWN_HALL.name}`);
    expect(doc.querySelector("dd code")?.textContent).toBe(personaVersion(TOWN_HALL));
    expect(doc.querySelector("time")?.getAttribute("datetime")).toBe(run.finishedAt);
    const rows = [...doc.querySelectorAll("table")[0]!.querySelectorAll("tbody tr")].map(
      (row) => row.textContent,
    );
    expect(rows[0]).toContain("Offline rehearsal");
    expect(rows[0]).toMatch(/(\d+) of \1 checks held/);
    const endpoint = run.results.filter((r) => r.targetId === ENDPOINT.id).flatMap((r) => r.checks);
    expect(rows[1]).toContain(
      `${endpoint.filter((c) => c.pass).length} of ${endpoint.length} checks held`,
    );
  });

  test("the matrix marks each cell by text and symbol, not colour alone", async () => {
    const run = await fullRun();
    const doc = parse(writeHtmlReport(run, { lang: "en" }));
    const matrix = doc.querySelectorAll("table")[1]!;
    const turns = run.cases.reduce((sum, c) => sum + c.turns.length, 0);
    expect(matrix.querySelectorAll("tbody tr")).toHaveLength(turns);
    const cells = [...matrix.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells).toHaveLength(turns * 2);
    const failed = run.results.filter((r) => r.status === "failed").length;
    expect(cells.filter((text) => text === "✗ FAIL")).toHaveLength(failed);
    expect(cells.filter((text) => text === "✓ pass")).toHaveLength(turns * 2 - failed);
  });

  test("each failed turn shows the reply, its failed checks, and the evidence marked", async () => {
    const run = await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] });
    const result = run.results[1]!;
    const word = result.reply.split(/\s+/).find((w) => /^\p{L}{5,}$/u.test(w)) as string;
    const at = result.reply.indexOf(word);
    result.checks.push({
      id: "does-not-mention",
      source: "explicit",
      pass: false,
      expected: `does not mention ${word}`,
      found: `“${word}”`,
      evidence: { start: at, end: at + word.length },
    });
    result.status = "failed";
    const doc = parse(writeHtmlReport(run, { lang: "fr" }));
    const section = doc.querySelector("section.turn")!;
    expect(section.querySelector(".reply")?.textContent).toBe(result.reply);
    expect([...section.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([word]);
    expect(section.querySelector("table")?.textContent).toContain(`does not mention ${word}`);
    expect(section.querySelector("h3")?.textContent).toContain("tour 2");
    expect(section.querySelector("h3")?.textContent).toContain("ÉCHEC");
  });

  test("hostile text stays text", async () => {
    const run = await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] });
    const hostile = `</title><script>alert(1)</script><img src="https://evil.example/x.png" onerror="x()">'"&`;
    run.personaName = hostile;
    const result = run.results[0]!;
    result.reply = hostile;
    result.user = hostile;
    result.status = "failed";
    result.checks = [
      {
        id: hostile,
        source: "explicit",
        pass: false,
        expected: hostile,
        found: hostile,
        evidence: { start: 2, end: 9 },
      },
    ];
    const html = writeHtmlReport(run);
    expect(html).not.toMatch(/<script|<img/i);
    const doc = parse(html);
    expect(doc.title).toBe(`Persona test report — ${hostile}`);
    expect(doc.querySelector(".reply")?.textContent).toBe(hostile);
    expect(doc.querySelector("mark")?.textContent).toBe(hostile.slice(2, 9));
    expect(doc.querySelectorAll("script, img")).toHaveLength(0);
  });

  test("drift as inline SVG: bands 0..4, the target band shaded, the first drifting turn marked", async () => {
    const run = await fullRun();
    const drift = run.drift![0]!;
    const doc = parse(writeHtmlReport(run, { lang: "en" }));
    const figures = [...doc.querySelectorAll("figure")];
    const bandDimensions = Object.entries(drift.targets).filter(([, t]) => /^[0-4]$/.test(t ?? ""));
    expect(figures).toHaveLength(bandDimensions.length);
    const first = drift.firstDrifts.find((d) => d.dimension === "register")!;
    const figure = figures.find((f) =>
      f.querySelector("figcaption")?.textContent?.startsWith("register"),
    )!;
    const svg = figure.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    const labels = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["0", "1", "2", "3", "4", "Turn", "band"]));
    expect(labels).toContain(`first drifting turn: ${first.turn}`);
    expect(svg.querySelector("rect title")?.textContent).toBe(
      `target band ${drift.targets.register}`,
    );
    expect(svg.querySelectorAll("circle, path")).toHaveLength(drift.turns.length);
    expect(doc.body.textContent).toContain(
      `register drifts from turn ${first.turn} (reads ${first.measured})`,
    );
  });

  test("every word exists in both languages", async () => {
    expect(wordKeys("fr")).toEqual(wordKeys("en"));
    const fr = parse(writeHtmlReport(await fullRun(), { lang: "fr" }));
    expect(fr.documentElement.lang).toBe("fr");
    expect(fr.querySelector("h2")?.textContent).toBe("Synthèse");
    expect(fr.body.textContent).toMatch(/vérifications tenues sur \d+/);
    expect(fr.body.textContent).toContain("premier tour en dérive");
  });
});
