import { describe, expect, it } from "vitest";
import { summarize, type ReadReply } from "./summary";
import type { DimensionAdherence, Measurement } from "./types";
import { makePersona } from "../../../tests/helpers/make-persona";

const reading = { score: 50, band: 2 as const, evidence: [] };
function reply(options: {
  form?: Measurement["address"]["form"];
  sentences?: number;
  drift?: DimensionAdherence["dimension"][];
}): ReadReply {
  const measurement: Measurement = {
    language: "fr",
    formality: reading,
    address: { form: options.form ?? "formal", evidence: [] },
    warmth: reading,
    enthusiasm: reading,
    humor: reading,
    institutional: reading,
    length: { sentences: options.sentences ?? 2, words: 20, band: 2 },
    emoji: { count: 0, band: 0, evidence: [] },
    readability: { score: 60, formula: "kandel-moles" },
    lexicon: { avoided: [], preferred: [] },
  };
  const drift = new Set(options.drift ?? []);
  const dimensions = (["address", "lexicon", "register", "warmth"] as const).map((dimension) => ({
    dimension,
    target: "",
    measured: "",
    ok: !drift.has(dimension),
    hard: dimension === "address" || dimension === "lexicon",
  }));
  return { measurement, adherence: { dimensions, score: 100 } };
}

describe("summarize", () => {
  const persona = makePersona({ address: "formal", voice: { verbosity: 40 } }); // band 2: 2-3 sentences

  it("says nothing when every reply is on target", () => {
    expect(summarize([reply({}), reply({ sentences: 3 })], persona)).toEqual([]);
  });

  it("counts the replies that used tu for a vous persona, and names them", () => {
    const lines = summarize(
      [
        reply({}),
        reply({ form: "informal", drift: ["address"] }),
        reply({ form: "informal", drift: ["address"] }),
      ],
      persona,
    );
    expect(lines[0]).toEqual({ kind: "address", form: "informal", replies: [1, 2], of: 3 });
  });

  it("reports replies longer than the target by how much", () => {
    const lines = summarize([reply({ sentences: 4 }), reply({ sentences: 5 })], persona);
    expect(lines).toEqual([
      { kind: "length", direction: "longer", percent: 50, replies: [0, 1], of: 2 },
    ]);
  });

  it("reports shorter replies and other drifting dimensions", () => {
    const lines = summarize([reply({ sentences: 1, drift: ["warmth", "lexicon"] })], persona);
    expect(lines.map((l) => l.kind)).toEqual(["avoided-words", "dimension", "length"]);
    expect(lines.at(-1)).toMatchObject({ direction: "shorter", percent: 50 });
  });
});
