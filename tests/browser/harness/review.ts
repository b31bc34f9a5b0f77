import type { Locator, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { restorePersona } from "../../../src/core/persona/restore";
import type { Persona } from "../../../src/core/persona/schema";
import { encodeReviewFragment } from "../../../src/core/review/share-link";

/** The production build the browser project's global setup made. */
export const DIST = fileURLToPath(new URL("../../../dist/", import.meta.url));

/** A preset from personas/, through the persona door as the studio reads it. */
export function preset(file: string): Persona {
  const result = restorePersona(
    JSON.parse(readFileSync(new URL(`../../../personas/${file}`, import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error(`personas/${file} is not valid`);
  return result.persona;
}

/** The path of the review link for a persona, as "Share for review" makes it. */
export function reviewPath(persona: Persona, search = ""): string {
  return `/review.html${search}#${encodeReviewFragment(persona)}`;
}

export function reviewConversation(page: Page): Locator {
  return page.getByRole("list", { name: "Conversation" });
}

/** The rating controls under each finished reply, in order ("Rate this reply" / "Évaluer cette réponse"). */
export function ratings(page: Page): Locator {
  return page.getByRole("group", { name: /^(Rate this reply|Évaluer cette réponse)$/ });
}

export async function sendReview(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Message", exact: true });
  await box.fill(text);
  await box.press("Enter");
}

/** The JavaScript files the page has loaded, as paths under the site root (e.g. "assets/review-x.js"). */
export async function loadedScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => entry.name),
  );
  return urls.map((url) => new URL(url).pathname.slice(1)).filter((path) => path.endsWith(".js"));
}
