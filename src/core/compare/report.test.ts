// @vitest-environment jsdom
/**
 * The exported comparison. HTML: parsed by a real HTML parser (jsdom), self-contained (no
 * script, no event handler, no resource URL), hostile text from the persona, the user and
 * the replies shown as text. Markdown: every table row has the header's number of cells, and
 * hostile text cannot open HTML, end a cell or a row, or close the diff's fence; then the same
 * read by a real Markdown renderer (marked, GitHub-flavoured), its HTML parsed by jsdom.
 */
import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { marked } from "marked";
import { presetByPath as preset } from "../../../tests/helpers/preset-by-path";
import { readReply } from "./readings";
import { writeCompareHtml } from "./report-html";
import { cell, writeCompareMarkdown } from "./report-markdown";
import type { CompareReport } from "./types";

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> | pipe \`\`\`\` fence\nnew | row`;

function report(language: "en" | "fr", hostile = HOSTILE): CompareReport {
  const a = { ...preset("service-public"), name: `Mairie ${hostile}` };
  const b = preset("startup-decontractee");
  const replyA = `Bonjour, ${hostile}`;
  const replyB = "Salut ! Tu peux me renvoyer ta carte ?";
  return {
    language,
    generatedAt: "2026-12-06T18:00:00.000Z",
    a: { versionLabel: `v1 ${hostile}`, targetLabel: "Offline rehearsal", persona: a },
    b: { versionLabel: "Current", targetLabel: "mock-model · 127.0.0.1", persona: b },
    promptDiff: [
      { kind: "same", text: "You are a helpful assistant.\n" },
      { kind: "removed", text: `Use vous.\n${hostile}\n` },
      { kind: "added", text: "Use tu.\n" },
    ],
    rows: [
      {
        turn: 0,
        user: `Hello ${hostile}`,
        a: { text: replyA, status: "done", readings: readReply(a, replyA) },
        b: { text: replyB, status: "done", readings: readReply(b, replyB) },
      },
      {
        turn: 1,
        user: "Second",
        a: { text: "", status: "error", error: "Rate limited" },
        b: undefined,
      },
    ],
  };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("the comparison as an HTML page", () => {
  const html = writeCompareHtml(report("en"));
  const doc = parse(html);

  test("needs no script and loads nothing", () => {
    expect(doc.querySelectorAll("script, link, iframe, object, embed, img").length).toBe(0);
    const attributes = [...doc.querySelectorAll("*")].flatMap((el) => [...el.attributes]);
    expect(attributes.filter((a) => a.name.startsWith("on"))).toEqual([]);
    expect(attributes.filter((a) => a.name === "src" || a.name === "href")).toEqual([]);
    expect(doc.querySelector("style")?.textContent).toContain("table");
  });

  test("shows hostile text as text, where it was written", () => {
    expect(doc.querySelector("h1")!.textContent).toContain(`Mairie ${HOSTILE}`);
    const rows = doc.querySelectorAll("table")[1]!.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(2);
    const cells = rows[0]!.querySelectorAll("td");
    expect(cells[0]!.textContent).toBe(`Hello ${HOSTILE}`);
    expect(cells[1]!.querySelector(".reply")!.textContent).toBe(`Bonjour, ${HOSTILE}`);
    expect(rows[1]!.querySelectorAll("td")[1]!.textContent).toBe("Rate limited");
    expect(rows[1]!.querySelectorAll("td")[2]!.textContent).toBe("No reply.");
  });

  test("gives both versions' settings with band names, the summary and the meter's readings", () => {
    const settings = doc.querySelectorAll("table")[0]!;
    expect(settings.querySelectorAll("tbody tr")).toHaveLength(9);
    expect(settings.querySelector("thead")!.textContent).toContain("Version A");
    expect(settings.querySelector("thead")!.textContent).toContain("mock-model · 127.0.0.1");
    expect(settings.textContent).toMatch(/Address.*formal.*informal/);
    expect(doc.querySelector(".summary")!.textContent).toMatch(
      /^A: \d+ of 9 targets held — B: \d+ of 9$/,
    );
    const readings = doc.querySelectorAll("tbody tr")[9]!.querySelectorAll(".readings");
    expect(readings).toHaveLength(2);
    // B's "tu" is its own rule kept; marked held or not by a sign, not by colour alone.
    expect(readings[1]!.textContent).toContain("✓ Address (first name or title): informal");
    // A miss names the target it missed.
    const misses = [...doc.querySelectorAll(".readings li.off")].map((li) => li.textContent);
    expect(misses.length).toBeGreaterThan(0);
    for (const miss of misses) expect(miss).toMatch(/^✗ .+: .+ \(target .+\)$/);
  });

  test("marks the prompt diff's lines by element and sign, not by colour alone", () => {
    const pre = doc.querySelector("pre")!;
    expect(pre.querySelector("del")!.textContent).toBe("- Use vous.");
    expect([...pre.querySelectorAll("del")].map((d) => d.textContent)).toContain(
      `- ${HOSTILE.split("\n")[0]}`,
    );
    expect(pre.querySelector("ins")!.textContent).toBe("+ Use tu.");
    expect(pre.textContent).toContain("  You are a helpful assistant.");
  });

  test("speaks French when asked", () => {
    const fr = parse(writeCompareHtml(report("fr")));
    expect(fr.documentElement.lang).toBe("fr");
    expect(fr.querySelector(".summary")!.textContent).toMatch(/^A\u00a0: \d+ cibles tenues sur 9/);
    expect(fr.querySelector("h2")!.textContent).toBe("Réglages");
  });

  test("says so when the two prompts are the same", () => {
    const same = parse(
      writeCompareHtml({ ...report("en"), promptDiff: [{ kind: "same", text: "x" }] }),
    );
    expect(same.querySelector("pre")).toBeNull();
    expect(same.body.textContent).toContain("The two prompts are the same.");
  });
});

/** The cells of a Markdown table row, split on pipes that are not escaped. */
const cellsOf = (row: string): string[] => row.slice(1, -1).split(/(?<!\\)\|/);

describe("the comparison in Markdown", () => {
  const markdown = writeCompareMarkdown(report("en"));
  const lines = markdown.split("\n");

  test("every table row has the header's number of cells", () => {
    const tables: string[][] = [];
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith("|")) (current ??= (tables.push([]), tables.at(-1)!)).push(line);
      else current = undefined;
    }
    expect(tables.map((t) => t.length)).toEqual([11, 4]);
    for (const table of tables) {
      const width = cellsOf(table[0]!).length;
      expect(cellsOf(table[1]!).every((c) => c.trim() === "---")).toBe(true);
      for (const row of table) {
        expect(row.endsWith("|")).toBe(true);
        expect(cellsOf(row)).toHaveLength(width);
      }
    }
  });

  test("hostile text opens no HTML and cannot close the diff's fence", () => {
    const open = lines.findIndex((l) => /^`{3,}diff$/.test(l));
    const fence = lines[open]!.slice(0, -"diff".length);
    expect(fence.length).toBeGreaterThan(4);
    const close = lines.findIndex((l, i) => i > open && l === fence);
    // Inside the fence the text is code, shown as written; outside it, no tag at all.
    const outside = [...lines.slice(0, open), ...lines.slice(close + 1)].join("\n");
    expect(outside).toContain("&lt;script&gt;");
    expect(outside).not.toMatch(/<(script|img)/);
    expect(lines.slice(open + 1, close)).toEqual([
      "  You are a helpful assistant.",
      "- Use vous.",
      ...HOSTILE.split("\n").map((l) => `- ${l}`),
      "+ Use tu.",
    ]);
  });

  test("a cell never holds an unescaped pipe, a line break or a tag, whatever the text", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        checked++;
        const out = cell(text);
        return !/[<>\n\r]/.test(out.replace(/<br>/g, "")) && cellsOf(`|${out}|`).length === 1;
      }),
      { seed: 21, numRuns: 150 },
    );
    expect(checked).toBe(150);
  });
});

describe("the comparison in Markdown, as a Markdown renderer reads it", () => {
  for (const language of ["en", "fr"] as const)
    test(`two tables, whole rows, the diff as code and hostile text as text (${language})`, async () => {
      const html = await marked.parse(writeCompareMarkdown(report(language)), { gfm: true });
      const doc = new DOMParser().parseFromString(html, "text/html");
      const tables = [...doc.querySelectorAll("table")];
      expect(tables).toHaveLength(2);
      for (const table of tables) {
        const width = table.querySelectorAll("thead th").length;
        expect(width).toBeGreaterThan(1);
        for (const row of table.querySelectorAll("tbody tr"))
          expect(row.querySelectorAll("td")).toHaveLength(width);
      }
      expect(tables[0]!.querySelectorAll("tbody tr")).toHaveLength(9);
      // Raw HTML would pass through marked: none came from the persona, the user or a reply.
      expect(doc.querySelectorAll("script, img, iframe, [onerror]")).toHaveLength(0);
      expect(doc.body.textContent).toContain('<script>alert("x")</script>');
      const code = doc.querySelector("pre code.language-diff");
      expect(code?.textContent).toContain("+ Use tu.");
      expect(code?.textContent).toContain(`- ${HOSTILE.split("\n")[0]}`);
    });
});
