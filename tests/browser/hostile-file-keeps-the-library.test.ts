import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { encodePng, toBase64 } from "../../src/core/cards/png";
import { encodeBase64url } from "../../src/core/review/base64url";
import { REVIEW_LINK_PREFIX } from "../../src/core/review/share-link";
import { makePersona } from "../helpers/make-persona";
import { openStudio, type Session } from "./harness/browser";
import { waitForStudio } from "./harness/studio-page";

const LIBRARY_KEY = "psydesign.library";
const NAMES = ["Accueil mairie", "Support fibre", "Guide du musée"];
const IDS = ["accueil-mairie", "support-fibre", "guide-du-musee"];

/** A list `levels` deep, as text: JSON.stringify overflows long before 100,000 levels. */
const deepList = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;

/** A stored library of the three personas, as the studio writes it; `hostile` replaces the last one's extensions. */
function libraryText(hostile?: string): string {
  const entries = Object.fromEntries(
    IDS.map((id, i) => [
      id,
      {
        persona: makePersona({ id, name: NAMES[i]! }),
        updatedAt: 1,
        revision: 1,
        editedBy: "seed",
      },
    ]),
  );
  const text = JSON.stringify({
    state: { entries, order: IDS, deleted: {}, openId: IDS[0] },
    version: 1,
  });
  if (!hostile) return text;
  const at = text.lastIndexOf('"extensions":{}');
  return `${text.slice(0, at)}"extensions":${hostile}${text.slice(at + '"extensions":{}'.length)}`;
}

/** Stores `library` before the studio first starts in this tab (not again on reload). */
async function seed(session: Session, library: string): Promise<void> {
  await session.context.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    { key: LIBRARY_KEY, value: library },
  );
}

async function libraryNames(page: Page): Promise<string[]> {
  const items = page.getByRole("list", { name: "Your personas" }).getByRole("listitem");
  await items.first().waitFor();
  return (await items.allTextContents()).map((text) => text.trim());
}

const storedIds = (page: Page) =>
  page.evaluate(
    (key) =>
      Object.keys(JSON.parse(localStorage.getItem(key) ?? "{}").state?.entries ?? {}).toSorted(),
    LIBRARY_KEY,
  );

/** The stored text of the third persona's entry, as it is in the library's JSON. */
function entryOf(text: string): string {
  const start = text.indexOf('"guide-du-musee":{"persona":');
  return text.slice(start, text.indexOf(',"updatedAt"', start));
}

async function importFile(page: Page, file: string): Promise<void> {
  if (!(await page.getByRole("dialog").isVisible()))
    await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("dialog").getByLabel("Choose a file").setInputFiles(file);
}

/** A Character Card V2 in a PNG whose data.extensions nest a list `levels` deep. */
function deepCardPng(levels: number): Uint8Array {
  const card = JSON.stringify({
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: {
      name: "Profonde",
      description: "Une carte.",
      personality: "",
      scenario: "",
      first_mes: "Bonjour.",
      mes_example: "",
      extensions: {},
    },
  }).replace('"extensions":{}', `"extensions":{"deep":${deepList(levels)}}`);
  return encodePng(1, 1, new Uint8Array([200, 120, 80, 255]), { chara: toBase64(card) });
}

describe("a hostile file never costs the designer the library", () => {
  it("refuses a persona and a card nested 2,000 levels deep, and every persona is there after a reload", async () => {
    const session = await openStudio();
    try {
      await seed(session, libraryText());
      const { page } = session;
      await page.goto(session.url("/?lang=en"));
      await waitForStudio(page);
      expect((await libraryNames(page)).some((name) => name.includes(NAMES[2]!))).toBe(true);

      const persona = path.join(tmpdir(), `deep-${Date.now()}.persona.json`);
      await writeFile(
        persona,
        JSON.stringify(makePersona({ id: "profond", name: "Profond" })).replace(
          '"extensions":{}',
          `"extensions":{"x":${deepList(2_000)}}`,
        ),
      );
      await importFile(page, persona);
      const refusal = page.getByRole("alert").filter({ hasText: "nested deeper than 64 levels" });
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(`extensions.x${"[0]".repeat(63)}`);
      await session.screenshot("deep-persona-refused");

      const card = path.join(tmpdir(), `deep-${Date.now()}.card.png`);
      await writeFile(card, deepCardPng(2_000));
      await importFile(page, card);
      await page
        .getByRole("alert")
        .filter({ hasText: "was not imported" })
        .filter({ hasText: ".card.png" })
        .waitFor();
      await session.screenshot("deep-card-refused");
      await page.keyboard.press("Escape");

      await page.reload();
      await waitForStudio(page);
      const names = await libraryNames(page);
      for (const name of NAMES) expect(names.some((shown) => shown.includes(name))).toBe(true);
      expect(names.some((shown) => /Profond/.test(shown))).toBe(false);
      expect(await storedIds(page)).toEqual(IDS.toSorted());
    } finally {
      await session.close();
    }
  });

  it("sets aside stored data the door cannot read, says so, and never writes over it", async () => {
    const session = await openStudio();
    try {
      const library = libraryText(`{"x":${deepList(100_000)}}`);
      await seed(session, library);
      const { page } = session;
      await page.goto(session.url("/?lang=en"));
      await waitForStudio(page);

      const names = await libraryNames(page);
      expect(names.some((name) => name.includes(NAMES[0]!))).toBe(true);
      expect(names.some((name) => name.includes(NAMES[2]!))).toBe(false);
      await page
        .getByRole("status")
        .filter({ hasText: "One saved persona could not be opened" })
        .waitFor();
      const alert = page.getByRole("alert").filter({ hasText: "set aside" });
      await alert.getByRole("button", { name: "Download set-aside data" }).waitFor();
      await session.screenshot("unreadable-persona-set-aside");

      // Reload twice: the entry stays stored exactly, with one copy set aside.
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await waitForStudio(page);
      }
      const stored = await page.evaluate((key) => {
        const copies = Object.keys(localStorage).filter((k) =>
          k.startsWith(`${key}.guide-du-musee.corrupted.`),
        );
        return {
          library: localStorage.getItem(key) ?? "",
          copies: copies.map((k) => localStorage.getItem(k) ?? ""),
        };
      }, LIBRARY_KEY);
      expect(await storedIds(page)).toEqual(IDS.toSorted());
      expect(entryOf(stored.library)).toBe(entryOf(library));
      expect(stored.copies).toHaveLength(1);
      expect(stored.copies[0]!.startsWith('{"persona":{"format":"psydesign.persona"')).toBe(true);
    } finally {
      await session.close();
    }
  });

  it("shows the damaged-link page for a review link nested 2,100 levels deep, instead of hanging", async () => {
    const session = await openStudio();
    try {
      const text = JSON.stringify(makePersona()).replace(
        '"extensions":{}',
        `"extensions":{"x":${deepList(2_100)}}`,
      );
      const fragment =
        REVIEW_LINK_PREFIX + encodeBase64url(zlibSync(new TextEncoder().encode(text)));
      const { page } = session;
      await page.goto(session.url(`/review.html?lang=en#${fragment}`));
      const problem = page
        .getByRole("alert")
        .filter({ hasText: "This review link cannot be opened" });
      await problem.waitFor();
      expect(await page.textContent("main")).toContain("nested deeper than 64 levels");
      await session.screenshot("deep-review-link");
    } finally {
      await session.close();
    }
  });
});
