import { describe, expect, it } from "vitest";
import { containsTerm, fold } from "./fold";

describe("fold", () => {
  it("lower-cases, drops accents and spells out ligatures", () => {
    expect(fold("Œuvre ÉTÉ à l’École")).toBe("oeuvre ete a l'ecole");
  });

  it("collapses and trims whitespace, including no-break spaces", () => {
    expect(fold("  mise \u00a0 à\n jour  ")).toBe("mise a jour");
    expect(fold("   ")).toBe("");
  });

  it("folds decomposed and precomposed accents alike", () => {
    expect(fold("e\u0301te\u0301")).toBe(fold("été"));
  });
});

describe("containsTerm", () => {
  it("matches whole words only", () => {
    expect(containsTerm("la mise a jour est faite", "mise a jour")).toBe(true);
    expect(containsTerm("antonin", "ton")).toBe(false);
    expect(containsTerm("process.", "process")).toBe(true);
    expect(containsTerm("processus", "process")).toBe(false);
    expect(containsTerm("un processus, un process", "process")).toBe(true);
  });
});
