/**
 * axe-core's violations on the page as it stands, as rule ids with their impact. The same
 * audit as accessibility.test.ts, for tests of one area that audit their own dialogs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(d: Document, o: object): Promise<{ violations: { id: string; impact: string }[] }>;
      };
    };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact})`);
  });
}
