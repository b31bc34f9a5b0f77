/**
 * axe-core's violations on the page as it stands (WCAG 2.x A and AA rules and best practices),
 * one line each: "rule (impact): the first elements". Every browser test that audits a view
 * uses this one audit.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(d: Document, o: object): Promise<{ violations: Violation[] }> };
    };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((node) => ({ target: node.target })),
    }));
  });
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
  );
}
