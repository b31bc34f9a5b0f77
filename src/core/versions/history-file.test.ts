/**
 * History files: a round trip keeps every version; hostile, huge or inconsistent files are
 * refused whole with a reason; the committed JSON Schema (run by ajv) agrees with the reader.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { setVoice } from "../persona/edits";
import { makePersona } from "../../../tests/helpers/make-persona";
import {
  createHistory,
  MAX_HISTORY_VERSIONS,
  restoreHistory,
  restoreHistoryText,
  serializeHistory,
} from "./history-file";
import { historyJsonSchemaText } from "./history-json-schema";
import { makeVersion } from "./version-model";

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/${file}`, import.meta.url), "utf8")) as object;
const ajv = new Ajv2020({ validateFormats: false });
ajv.addSchema(read("persona.schema.json"));
const validate = ajv.compile(read("persona-history.schema.json"));

const persona = makePersona({ id: "guichet", name: "Guichet" });
const versions = [
  makeVersion(persona, { name: "First", origin: "manual" }, "v-1", "2025-01-01T10:00:00.000Z"),
  makeVersion(
    setVoice("warmth", 90)(persona),
    { name: "guichet.card-v3.json", note: "sent", origin: "export" },
    "v-2",
    "2025-02-01T10:00:00.000Z",
  ),
];
const file = () => JSON.parse(serializeHistory(createHistory(persona, versions))) as any;

describe("history files", () => {
  it("round-trips a persona and its versions, oldest first", () => {
    const back = restoreHistoryText(
      serializeHistory(createHistory(persona, versions.toReversed())),
    );
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.history.persona).toEqual(persona);
    expect(back.history.versions.map((v) => v.id)).toEqual(["v-1", "v-2"]);
    expect(back.history.versions[1]?.persona.voice.warmth).toBe(90);
    expect(validate(file())).toBe(true);
  });

  it("is the committed schema (run `npm run schema` when this fails)", () => {
    expect(
      readFileSync(new URL("../../../public/persona-history.schema.json", import.meta.url), "utf8"),
    ).toBe(historyJsonSchemaText());
  });

  const hostile: [string, (doc: any) => void, string][] = [
    ["an unknown origin", (d) => (d.versions[0].origin = "hack"), "versions[0].origin"],
    [
      "a bad slider",
      (d) => (d.versions[1].persona.voice.warmth = 900),
      "versions[1].persona.voice.warmth",
    ],
    ["an extra key", (d) => (d.versions[0].admin = true), "versions[0]"],
    ["an empty name", (d) => (d.versions[0].name = ""), "versions[0].name"],
    ["a bad date", (d) => (d.versions[0].createdAt = "yesterday"), "versions[0].createdAt"],
    ["a bad id", (d) => (d.versions[0].id = "../../etc"), "versions[0].id"],
    ["no persona", (d) => delete d.persona, "persona"],
    ["versions not a list", (d) => (d.versions = {}), "versions"],
  ];
  it.each(hostile)("refuses %s, with where (and the schema agrees)", (_name, change, path) => {
    const doc = file();
    change(doc);
    const result = restoreHistory(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain(path);
    expect(validate(doc)).toBe(false);
  });

  it("refuses what a JSON Schema cannot say: an id twice, a version of another persona", () => {
    const doc = file();
    doc.versions[1].id = "v-1";
    const twice = restoreHistory(doc);
    expect(!twice.ok && twice.problems[0]?.message).toContain("appears twice");
    const other = file();
    other.versions[0].personaId = "other";
    other.versions[0].persona.id = "other";
    const result = restoreHistory(other);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(["versions[0].personaId"]);
  });

  it("refuses more versions than the cap, a newer format and broken text, before reading them", () => {
    const doc = file();
    doc.versions = Array.from({ length: MAX_HISTORY_VERSIONS + 1 }, () => doc.versions[0]);
    expect(restoreHistory(doc)).toMatchObject({ ok: false, problems: [{ path: "versions" }] });
    expect(restoreHistory({ ...file(), version: 9 })).toMatchObject({
      ok: false,
      problems: [{ path: "version" }],
    });
    expect(restoreHistoryText("{").ok).toBe(false);
    expect(restoreHistoryText("  ")).toMatchObject({
      ok: false,
      problems: [{ message: "the file is empty" }],
    });
  });

  it("lists at most 20 problems and counts the rest", () => {
    const doc = file();
    doc.versions = Array.from({ length: 100 }, (_, i) => ({
      ...doc.versions[0],
      id: `x${i}`,
      origin: "bad",
    }));
    const result = restoreHistory(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(21);
    expect(result.problems.at(-1)?.message).toBe("and 80 more problems");
  });
});
