import { afterEach, describe, expect, it } from "vitest";
import { openStudio, type Session } from "./harness/browser";
import { readFile } from "node:fs/promises";
import { openTab, promptText, sliderValue, waitForStudio } from "./harness/studio-page";

/** A preset's slider level, read from its file. */
async function presetLevel(id: string, dimension: string): Promise<number> {
  const file = new URL(`../../personas/${id}.json`, import.meta.url);
  const preset = JSON.parse(await readFile(file, "utf8")) as { voice: Record<string, number> };
  return preset.voice[dimension]!;
}

const SLIDERS = [
  "Warmth",
  "Humor",
  "Enthusiasm",
  "Register",
  "Institutional language",
  "Verbosity",
  "Emoji",
];

describe("a newcomer opens the studio", () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it("lands in an editable persona with every slider and its prompt, no setup", async () => {
    session = await openStudio();
    const { page } = session;
    // A missing icon or chunk shows only as a console error ("Failed to load resource").
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    for (const name of SLIDERS) {
      await expect(page.getByRole("slider", { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    expect((await promptText(page)).length).toBeGreaterThan(400);
    await openTab(page, "Prompt");
    for (const name of ["Undo", "Redo", "Import", "Export JSON", "Copy prompt"]) {
      expect(await page.getByRole("button", { name, exact: true }).count()).toBe(1);
    }
    await page.waitForLoadState("networkidle");
    expect(consoleErrors).toEqual([]);
    await session.screenshot("first-launch-1440");
  });

  it("stacks the library and the tabbed views on a 375 px phone without sideways scrolling", async () => {
    session = await openStudio({ width: 375, height: 812 });
    const { page } = session;
    await page.goto(session.url("/?lang=fr"));
    await waitForStudio(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const library = await page.getByRole("complementary", { name: "Bibliothèque" }).boundingBox();
    const editor = await page.getByRole("main").boundingBox();
    await openTab(page, "Prompt");
    const prompt = await page.getByRole("region", { name: "Prompt système" }).boundingBox();
    expect(library && editor && prompt).toBeTruthy();
    // One column: each panel starts below the previous one, at the same left edge.
    expect(editor!.y).toBeGreaterThan(library!.y);
    expect(prompt!.y).toBeGreaterThan(editor!.y);
    expect(Math.abs(editor!.x - library!.x)).toBeLessThan(2);
    await session.screenshot("phone-375-fr");
  });

  it.each([
    ["fr", "Conversation", /conforme|écarts?\b/, false],
    ["en", "Conversation", /on target|drifts?\b/, true],
  ] as const)(
    "in %s at 1440 px: shows the studio's whole name, fetches English data and phrases only for English, the compiler only for the Prompt",
    async (lang, listName, meterLine, english) => {
      session = await openStudio({ width: 1440, height: 900 });
      const { page } = session;
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(session.url(`/?lang=${lang}`));
      await waitForStudio(page);
      const turns = page.getByRole("list", { name: listName }).getByRole("listitem");
      // The meter's line under the last reply: every reading of the first screen is in.
      await turns.last().getByText(meterLine).waitFor({ timeout: 30_000 });
      const title = page.getByRole("heading", { level: 1, name: "Psydesign Studio" });
      expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
      expect(scripts.some((name) => /\/english-data-[\w-]+\.js$/.test(name))).toBe(english);
      expect(scripts.some((name) => /\/meter-worker-[\w-]+\.js$/.test(name))).toBe(true);
      // The offline rehearsal's phrasebook: the persona's language, not the other one.
      expect(scripts.some((name) => /\/books-en-[\w-]+\.js$/.test(name))).toBe(english);
      expect(scripts.some((name) => /\/books-fr-[\w-]+\.js$/.test(name))).toBe(!english);
      // The rehearsal reads the persona, not its prompt: the compiler comes with the Prompt tab.
      const compiler = () => scripts.some((name) => /\/compile-[\w-]+\.js$/.test(name));
      expect(compiler()).toBe(false);
      await openTab(page, "Prompt");
      await expect.poll(compiler).toBe(true);
      expect(await promptText(page)).toMatch(/^## /m);
    },
  );

  it("fetches the presets for a first launch, not for a designer coming back; Duplicate fetches them", async () => {
    session = await openStudio({ width: 1440, height: 900 });
    const { page } = session;
    const presets = () => scripts.some((name) => /\/presets-[\w-]+\.js$/.test(name));
    let scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    // A first launch opens a copy of a preset.
    expect(presets()).toBe(true);

    scripts = [];
    await page.reload();
    await waitForStudio(page);
    const library = page.getByRole("list", { name: "Presets" });
    // The library at 1440 px lists them from their summaries alone.
    expect(await library.getByRole("listitem").count()).toBeGreaterThan(3);
    expect(presets()).toBe(false);
    await library.getByRole("button", { name: "Duplicate to edit: Playful museum guide" }).click();
    const own = page.getByRole("list", { name: "Your personas" });
    await expect
      .poll(() => own.getByRole("button", { name: "Playful museum guide", exact: true }).count())
      .toBe(1);
    expect(presets()).toBe(true);
    expect(await sliderValue(page, "Humor")).toBe(await presetLevel("museum-guide", "humor"));
  });

  it("ships the licences of the packages it bundles, and of the data its meter derives from", async () => {
    session = await openStudio();
    const response = await session.page.request.get(session.url("/THIRD-PARTY-NOTICES.txt"));
    expect(response.status()).toBe(200);
    const text = await response.text();
    const headings = text.split("\n").filter((line) => / — /.test(line));
    for (const name of ["preact", "zod", "zustand", "openai"]) {
      expect(headings.some((line) => line.startsWith(`${name} `))).toBe(true);
    }
    expect(text).toContain("GloVe 6B word vectors");
    expect(text).toContain("each word of the npm package wink-lexicon 2.2.0");
  });
});
