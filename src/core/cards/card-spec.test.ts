import { describe, expect, it } from "vitest";
import { specData } from "./card-spec";

const entry = (fields: Record<string, unknown>) => ({
  keys: ["k"],
  content: "c",
  extensions: {},
  enabled: true,
  insertion_order: 5,
  ...fields,
});
const book = (...entries: unknown[]) => ({ extensions: {}, entries });
const firstEntry = (data: Record<string, unknown>) =>
  (data.character_book as { entries: Record<string, unknown>[] }).entries[0];

describe("specData", () => {
  it("fills the fields every card must have, and keeps those the spec does not name", () => {
    const data = specData(
      { name: "Ada", personality: 42, tags: ["x", 7, null], rating: "PG" },
      "v3",
    );
    expect(data).toEqual({
      name: "Ada",
      description: "",
      personality: "",
      scenario: "",
      first_mes: "",
      mes_example: "",
      creator_notes: "",
      system_prompt: "",
      post_history_instructions: "",
      creator: "",
      character_version: "",
      alternate_greetings: [],
      tags: ["x"],
      group_only_greetings: [],
      extensions: {},
      rating: "PG",
    });
    expect(specData({ name: "Ada" }, "v2")).not.toHaveProperty("group_only_greetings");
  });

  it.each([
    ["character_book", null],
    ["character_book", "none"],
    ["nickname", null],
    ["nickname", 3],
    ["creation_date", "2024-01-01"],
    ["modification_date", null],
    ["source", "https://example.com"],
    ["assets", null],
    ["creator_notes_multilingual", ["en"]],
  ])("leaves out an optional %s of %j", (field, value) => {
    expect(specData({ name: "Ada", [field]: value }, "v3")).not.toHaveProperty(field);
  });

  it("keeps the well-formed parts of optional lists and maps", () => {
    const data = specData(
      {
        name: "Ada",
        source: ["a", 1],
        assets: [
          { type: "icon", uri: "ccdefault:", name: "main", ext: "png" },
          { type: "icon" },
          null,
        ],
        creator_notes_multilingual: { en: "Hi", fr: null },
      },
      "v3",
    );
    expect(data).toMatchObject({
      source: ["a"],
      assets: [{ type: "icon", uri: "ccdefault:", name: "main", ext: "png" }],
      creator_notes_multilingual: { en: "Hi" },
    });
  });

  it("repairs a lorebook: its extensions, its entries' required fields, and nulls left out", () => {
    const data = specData(
      {
        name: "Ada",
        character_book: {
          name: null,
          scan_depth: "5",
          entries: [{ keys: ["a", 2], case_sensitive: null, comment: 4, uid: 9 }, "not an entry"],
        },
      },
      "v2",
    );
    expect(data.character_book).toEqual({
      extensions: {},
      entries: [
        { keys: ["a"], content: "", extensions: {}, enabled: true, insertion_order: 100, uid: 9 },
      ],
    });
  });

  it("gives V3 entries the use_regex they must have, and leaves a V2 entry's alone", () => {
    expect(
      firstEntry(specData({ name: "Ada", character_book: book(entry({})) }, "v3")),
    ).toMatchObject({ use_regex: false });
    expect(
      firstEntry(specData({ name: "Ada", character_book: book(entry({ use_regex: true })) }, "v3")),
    ).toMatchObject({ use_regex: true });
    expect(
      firstEntry(specData({ name: "Ada", character_book: book(entry({})) }, "v2")),
    ).not.toHaveProperty("use_regex");
    expect(
      firstEntry(specData({ name: "Ada", character_book: book(entry({ use_regex: null })) }, "v2")),
    ).not.toHaveProperty("use_regex");
  });

  it.each([
    ["before_char", "before_char"],
    ["after_char", "after_char"],
    ["before_char_defs", "before_char"],
    ["after_char_defs", "after_char"],
    ["at_depth", undefined],
    [1, undefined],
    [null, undefined],
  ])("writes the position %j as %j", (position, written) => {
    expect(
      firstEntry(specData({ name: "Ada", character_book: book(entry({ position })) }, "v3"))
        ?.position,
    ).toBe(written);
  });

  it.each([
    [7, 7],
    ["12", 12],
    [" 3 ", 3],
    ["entry-3", undefined],
    ["", undefined],
    [null, undefined],
  ])("writes the entry id %j as %j (ccardlib wants a number)", (id, written) => {
    expect(
      firstEntry(specData({ name: "Ada", character_book: book(entry({ id })) }, "v3"))?.id,
    ).toBe(written);
  });

  it("does not change the card it was given", () => {
    const original = {
      name: "Ada",
      character_book: { entries: [{ keys: ["a"], position: "after_char_defs" }] },
    };
    const copy = structuredClone(original);
    specData(original, "v3");
    expect(original).toEqual(copy);
  });
});
