import { describe, expect, it, vi } from "vitest";

/** measure.ts and the registry, fresh: no English data provided yet (as in the worker). */
async function fresh() {
  vi.resetModules();
  return {
    source: await import("./english-source"),
    measure: await import("../measure"),
  };
}

describe("the English formality data", () => {
  it("is not needed for French: a French reply reads without it", async () => {
    const { source, measure } = await fresh();
    const reading = measure.analyze("Bonjour, pourriez-vous m’envoyer votre dossier ?", "fr");
    expect(reading.formality.score).toBeGreaterThan(0);
    expect(source.hasEnglishData()).toBe(false);
  });

  it("names the fix when an English reply is read before it is loaded", async () => {
    const { measure } = await fresh();
    expect(() => measure.analyze("Hey, gonna check that real quick", "en")).toThrow(
      /loadEnglishData/,
    );
  });

  it("loads once, and then reads English exactly as analyze.ts does", async () => {
    const { source, measure } = await fresh();
    const first = source.loadEnglishData();
    expect(source.loadEnglishData()).toBe(first);
    await first;
    expect(source.hasEnglishData()).toBe(true);
    const text = "We would be grateful if you could forward the documents at your convenience.";
    const { analyze } = await import("../analyze");
    expect(measure.analyze(text, "en")).toEqual(analyze(text, "en"));
  });
});
