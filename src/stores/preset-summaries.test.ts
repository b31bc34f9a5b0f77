import { describe, expect, it } from "vitest";
import { PRESET_SUMMARIES } from "./preset-summaries";
import { PRESETS } from "./presets";

describe("the presets' summaries", () => {
  it("say what the validated presets say, in the same order", () => {
    expect(PRESET_SUMMARIES.length).toBeGreaterThan(0);
    expect(PRESET_SUMMARIES).toEqual(
      PRESETS.map(({ id, name, language, description }) => ({ id, name, language, description })),
    );
  });

  it("carry nothing else of a preset", () => {
    for (const summary of PRESET_SUMMARIES)
      for (const key of Object.keys(summary))
        expect(["id", "name", "language", "description"]).toContain(key);
  });
});
