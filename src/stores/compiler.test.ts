import { describe, expect, it } from "vitest";
import { compilerStore, loadCompiler } from "./compiler";
import { compiledOf } from "./compiled";

describe("loadCompiler", () => {
  it("loads the compiler once and puts it in the store for the controls waiting on it", async () => {
    expect(compilerStore.getState().compiledOf).toBeNull();
    const first = loadCompiler();
    expect(loadCompiler()).toBe(first);
    expect(await first).toBe(compiledOf);
    expect(compilerStore.getState().compiledOf).toBe(compiledOf);
  });
});
