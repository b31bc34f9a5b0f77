import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { compile } from "../../src/core/compiler/compile";
import { restorePersona } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { promptText, studioSession } from "./harness/studio-page";

const dir = new URL("../../personas/", import.meta.url);
const presets: Persona[] = readdirSync(dir).map((f) => {
  const r = restorePersona(JSON.parse(readFileSync(new URL(f, dir), "utf8")));
  if (!r.ok) throw new Error(`${f} is invalid`);
  return r.persona;
});

describe("a designer picks a preset and works in their language", () => {
  const studio = studioSession("/?lang=en");

  it("finds a preset by name and duplicates it to edit, with the preset's exact prompt", async () => {
    const { page } = studio.current;
    const preset =
      presets.find((p) => p.language === "en" && p.address === "formal") ?? presets[0]!;
    await page.getByRole("searchbox").fill(preset.name.slice(0, 6));
    await page.getByRole("button", { name: `Duplicate to edit: ${preset.name}` }).click();
    expect(await promptText(page)).toBe(compile(preset).systemPrompt);
    const current = page.locator('[aria-current="true"]');
    expect(await current.textContent()).toContain(preset.name);
    await studio.current.screenshot("preset-duplicated");
  });

  it("switches the interface to French, remembers it, and keeps the persona's own language", async () => {
    const { page } = studio.current;
    const prompt = await promptText(page);
    await page.getByLabel("Interface language").selectOption("fr");
    await page.getByRole("slider", { name: "Chaleur", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Annuler", exact: true }).count()).toBe(1);
    expect(await promptText(page)).toBe(prompt); // the UI language is not the persona's
    await page.goto(studio.current.url("/"));
    await page.getByRole("slider", { name: "Chaleur", exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    await studio.current.screenshot("interface-in-french");
  });

  it("wraps a persona's name between words, never inside one, beside its OPEN badge", async () => {
    const { page } = studio.current;
    const preset = presets.find((p) => p.name.startsWith("Conseillère")) ?? presets[0]!;
    await page.getByRole("searchbox").fill(preset.name.slice(0, 11));
    await page
      .getByRole("button", { name: /^Dupliquer pour modifier/ })
      .first()
      .click();
    const name = page.locator('[aria-current="true"] .lib-name');
    await expect(name.textContent()).resolves.toBe(preset.name);
    // A word split over two lines has two client rectangles.
    const split = await name.evaluate((element) => {
      const text = element.firstChild as Text;
      const broken: string[] = [];
      for (const match of (text.data as string).matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
      }
      return broken;
    });
    expect(split).toEqual([]);
  });
});
