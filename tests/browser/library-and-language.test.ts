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
    const preset = presets.find((p) => p.language === "en" && p.address === "formal") ?? presets[0]!;
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
});
