import { describe, expect, it } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { compile } from "../core/compiler/compile";
import { loadCompiler, loadWarnings, systemPromptOf, warningsStore } from "./compiler";
import { compiledOf } from "./compiled";
import { warningsOf } from "./warnings";

describe("the compiler's loaders", () => {
  it("loads the warnings once and puts them in the store for the controls waiting on them", async () => {
    expect(warningsStore.getState().warningsOf).toBeNull();
    const first = loadWarnings();
    expect(loadWarnings()).toBe(first);
    expect(await first).toBe(warningsOf);
    expect(warningsStore.getState().warningsOf).toBe(warningsOf);
  });

  it("gives the same warnings as the compiler, once per persona snapshot", () => {
    const persona = makePersona({ voice: { register: 95, emoji: 95 } });
    expect(warningsOf(persona).length).toBeGreaterThan(0);
    expect(warningsOf(persona)).toEqual(compile(persona).warnings);
    expect(warningsOf(persona)).toBe(warningsOf(persona));
  });

  it("loads the prompt compiler once, and gives an endpoint the compiled prompt", async () => {
    const first = loadCompiler();
    expect(loadCompiler()).toBe(first);
    expect(await first).toBe(compiledOf);
    const persona = makePersona();
    expect(await systemPromptOf(persona)).toBe(compile(persona).systemPrompt);
  });
});
