import { describe, expect, it, vi } from "vitest";

type Module = typeof import("./measure-formality");
type Tokens = typeof import("../../text/tokens");

const TEXTS = [
  "Hey, gonna check that real quick lol",
  "We would be grateful if you could forward the requested documents at your earliest convenience.",
  "Thanks! The router should restart in a minute or so.",
];

async function fresh(): Promise<[Module, Tokens]> {
  vi.resetModules();
  // Fresh modules hold no English data: give the new registry its tables, as analyze.ts does.
  const { provideEnglishData } = await import("./english-source");
  provideEnglishData((await import("./english-data")).ENGLISH_DATA);
  return [await import("./measure-formality"), await import("../../text/tokens")];
}

describe("prepareFormality", () => {
  it("parses the English tables in many small steps", async () => {
    const [m] = await fresh();
    let steps = 0;
    for (const _ of m.prepareFormality()) steps++;
    // 1,092 table lines at 40 a step, then 13,000 lexicon words at 2,000 a step.
    expect(steps).toBeGreaterThan(25);
    let again = 0;
    for (const _ of m.prepareFormality()) again++;
    expect(again).toBe(0);
  });

  it("reads every text exactly as the meter does without preparation", async () => {
    const [plain, t1] = await fresh();
    const expected = TEXTS.map((s) => plain.measureFormality(s, t1.tokenize(s), "en"));
    const [prepared, t2] = await fresh();
    for (const _ of prepared.prepareFormality());
    expect(TEXTS.map((s) => prepared.measureFormality(s, t2.tokenize(s), "en"))).toEqual(expected);
  });

  it("is harmless when a text is read halfway through the preparation", async () => {
    const [plain, t1] = await fresh();
    const expected = plain.measureFormality(TEXTS[1]!, t1.tokenize(TEXTS[1]!), "en");
    const [m, t2] = await fresh();
    const steps = m.prepareFormality();
    for (let i = 0; i < 10; i++) steps.next();
    expect(m.measureFormality(TEXTS[1]!, t2.tokenize(TEXTS[1]!), "en")).toEqual(expected);
    for (const _ of steps);
    expect(m.measureFormality(TEXTS[1]!, t2.tokenize(TEXTS[1]!), "en")).toEqual(expected);
  });
});
