import { describe, expect, it } from "vitest";
import {
  UI_LANGUAGES,
  defineMessages,
  isPlural,
  messagesIn,
  plural,
  pluralForms,
  pluralize,
  type Namespace,
  type UiLanguage,
} from "./define-messages";

const modules = import.meta.glob<Record<string, unknown>>("./messages/*.ts", { eager: true });
const namespaces = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, value]) => ({
    name: `${file.slice("./messages/".length)} ${name}`,
    value: value as Namespace<object>,
  })),
);

type Shape = string | { [key: string]: Shape };

/** Each leaf by its kind ("text", "function/2", "plural"), so both languages can be compared key by key. */
function shapeOf(value: unknown): Shape {
  if (isPlural(value)) return "plural";
  if (typeof value === "function") return `function/${value.length}`;
  if (typeof value === "string") return "text";
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  }
  return typeof value;
}

function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null || isPlural(value)) return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) =>
    leaves(inner, path ? `${path}.${key}` : key),
  );
}

describe("the message namespaces", () => {
  it("are found, each an English and a French object", () => {
    expect(namespaces.length).toBeGreaterThanOrEqual(12);
    const languages = namespaces.map(({ name, value }) => [name, Object.keys(value).toSorted()]);
    expect(languages).toEqual(namespaces.map(({ name }) => [name, ["en", "fr"]]));
  });

  it.each(namespaces)("$name has every key in both languages, of the same kind", ({ value }) => {
    expect(shapeOf(value.fr)).toEqual(shapeOf(value.en));
  });

  it.each(namespaces)("$name has no empty text in either language", ({ value }) => {
    const empty = UI_LANGUAGES.flatMap((language) =>
      leaves(value[language])
        .filter(([, leaf]) => typeof leaf === "string" && leaf.trim() === "")
        .map(([path]) => `${language} ${path}`),
    );
    expect(empty).toEqual([]);
  });

  it.each(namespaces)("$name gives every plural the forms its language needs", ({ value }) => {
    for (const language of UI_LANGUAGES) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [path, leaf] of leaves(value[language])) {
        if (!isPlural(leaf)) continue;
        const forms = pluralForms(leaf);
        for (const category of needed)
          expect(
            forms[category as keyof typeof forms],
            `${language} ${path} ${category}`,
          ).toBeTypeOf("string");
      }
    }
  });

  it("live in src/ui/i18n/messages only: no other file defines UI words", () => {
    const elsewhere = Object.keys(import.meta.glob("/src/**/*messages*.{ts,tsx}")).filter(
      (file) => !file.startsWith("/src/ui/i18n/") && !file.endsWith(".test.ts"),
    );
    expect(elsewhere).toEqual([]);
  });
});

describe("plurals", () => {
  it.each<[UiLanguage, number, string]>([
    ["en", 0, "0 replies"],
    ["en", 1, "1 reply"],
    ["en", 2, "2 replies"],
    // French calls 0 and 1 singular, and says "de" after a million.
    ["fr", 0, "0 réponse"],
    ["fr", 1, "1 réponse"],
    ["fr", 2, "2 réponses"],
    ["fr", 1_000_000, "1000000 de réponses"],
  ])("in %s, %i reads %s", (language, count, expected) => {
    const forms =
      language === "en"
        ? { one: "# reply", other: "# replies" }
        : { one: "# réponse", many: "# de réponses", other: "# réponses" };
    expect(pluralize(language, count, forms)).toBe(expected);
  });

  it("fall back to `other` for a category a text leaves out", () => {
    expect(pluralize("fr", 1_000_000, { one: "# ligne", other: "# lignes" })).toBe(
      "1000000 lignes",
    );
  });
});

describe("messagesIn", () => {
  const sample = defineMessages({
    en: {
      count: plural({ one: "# warning", other: "# warnings" }),
      nested: { hello: (name: string) => `Hello ${name}` },
    },
    fr: {
      count: plural({
        one: "# avertissement",
        many: "# d’avertissements",
        other: "# avertissements",
      }),
      nested: { hello: (name) => `Bonjour ${name}` },
    },
  });

  it("turns each plural into a function of the count, in the language asked", () => {
    expect(messagesIn(sample, "en").count(0)).toBe("0 warnings");
    expect(messagesIn(sample, "fr").count(0)).toBe("0 avertissement");
    expect(messagesIn(sample, "fr").nested.hello("Léa")).toBe("Bonjour Léa");
  });

  it("returns the same object every time, so a render does not see new messages", () => {
    expect(messagesIn(sample, "fr")).toBe(messagesIn(sample, "fr"));
    expect(messagesIn(sample, "en")).not.toBe(messagesIn(sample, "fr"));
  });

  it("refuses, at type level, a French object missing a key or adding one", () => {
    // @ts-expect-error: French lacks "b".
    defineMessages({ en: { a: "A", b: "B" }, fr: { a: "A" } });
    // @ts-expect-error: French has a key English does not.
    defineMessages({ en: { a: "A" }, fr: { a: "A", c: "C" } });
    // @ts-expect-error: a plural where English has text.
    defineMessages({ en: { a: "A" }, fr: { a: plural({ one: "#", other: "#" }) } });
    expect(true).toBe(true);
  });
});
