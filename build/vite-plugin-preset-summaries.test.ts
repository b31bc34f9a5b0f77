import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { presetSummaries } from "./vite-plugin-preset-summaries";

const PRESET = fileURLToPath(new URL("../personas/museum-guide.json", import.meta.url));

/** Runs the plugin's load hook as Vite does, noting the files it asks Vite to watch. */
function load(id: string): { result: unknown; watched: string[] } {
  const watched: string[] = [];
  const hook = presetSummaries().load as (this: unknown, id: string) => unknown;
  const result = hook.call({ addWatchFile: (file: string) => watched.push(file) }, id);
  return { result, watched };
}

describe("the presets' summaries", () => {
  test("a preset's ?summary module exports its id, name, language and description alone", async () => {
    const { result, watched } = load(`${PRESET}?summary`);
    const { code } = result as { code: string };
    const url = `data:text/javascript,${encodeURIComponent(code)}`;
    const summary = ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
    const preset = JSON.parse(readFileSync(PRESET, "utf8")) as Record<string, unknown>;
    expect(summary).toEqual({
      id: preset.id,
      name: preset.name,
      language: preset.language,
      description: preset.description,
    });
    expect(code).not.toContain(JSON.stringify(preset.voice).slice(0, 20));
    // An edit to the preset reaches the development server's list.
    expect(watched).toEqual([PRESET]);
  });

  test("leaves every other module to Vite, the whole preset file among them", () => {
    for (const id of [PRESET, `${PRESET}?raw`, path.join(path.dirname(PRESET), "x.ts?summary")])
      expect(load(id).result).toBeNull();
  });
});
