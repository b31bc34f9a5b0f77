import { beforeEach, describe, expect, it, vi } from "vitest";

// Each case starts from a fresh module: what one language provides must not leak into the next.
beforeEach(() => {
  vi.resetModules();
});

const fresh = () => import("./language-books");

describe("the rehearsal's language books", () => {
  it("names the fix when a language is read before it is loaded", async () => {
    const { languageBooks } = await fresh();
    expect(() => languageBooks("fr")).toThrow(/loadLanguageBooks\("fr"\)/);
  });

  it("loads the asked language only", async () => {
    const { hasLanguageBooks, languageBooks, loadLanguageBooks } = await fresh();
    expect(hasLanguageBooks("fr")).toBe(false);
    await loadLanguageBooks("fr");
    expect(hasLanguageBooks("fr")).toBe(true);
    expect(hasLanguageBooks("en")).toBe(false);
    expect(languageBooks("fr")).toBe((await import("./books-fr")).BOOKS_FR);
    expect(() => languageBooks("en")).toThrow(/not loaded/);
    await loadLanguageBooks("en");
    expect(languageBooks("en")).toBe((await import("./books-en")).BOOKS_EN);
  });

  it("loads each language once, however many replies ask at the same time", async () => {
    const { languageBooks, loadLanguageBooks } = await fresh();
    await Promise.all([loadLanguageBooks("en"), loadLanguageBooks("en")]);
    const first = languageBooks("en");
    await loadLanguageBooks("en");
    expect(languageBooks("en")).toBe(first);
  });

  it("is provided in both languages by rehearse.ts, for synchronous callers", async () => {
    await import("./rehearse");
    const { languageBooks } = await fresh();
    expect(languageBooks("en")).toBe((await import("./books-en")).BOOKS_EN);
    expect(languageBooks("fr")).toBe((await import("./books-fr")).BOOKS_FR);
  });
});
