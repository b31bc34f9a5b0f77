import { describe, expect, test } from "vitest";
import { capitalise, decapitalise, expand, fill, hash } from "./text";

describe("expand", () => {
  test.each([
    ["{vous|tu}", false, false, "vous"],
    ["{vous|tu}", true, false, "tu"],
    ["[je|nous]", false, true, "nous"],
    ["[{Je vous prie|Je te prie}|{Nous vous prions|Nous te prions}]", true, true, "Nous te prions"],
    ["{[Dites-moi|Dites-nous]|[Dis-moi|Dis-nous]}", true, false, "Dis-moi"],
    ["no group {here", false, false, "no group {here"],
  ])("%s (informal %s, institutional %s) → %s", (template, informal, institutional, expected) => {
    expect(expand(template, { informal, institutional })).toBe(expected);
  });
});

test("fill refuses a template whose value is missing", () => {
  expect(fill("Je suis $name.", { name: "Camille" })).toBe("Je suis Camille.");
  expect(fill("Bienvenue chez $org.", { org: undefined })).toBeUndefined();
  expect(fill("$name", { name: "$org" })).toBe("$org");
});

test("hash is stable and spreads close inputs", () => {
  expect(hash("bonjour")).toBe(hash("bonjour"));
  expect(hash("bonjour")).not.toBe(hash("bonjours"));
});

test("capitalise and decapitalise keep names, acronyms and 'I'", () => {
  expect(capitalise("nous")).toBe("Nous");
  expect(decapitalise("Je suis Camille.", [])).toBe("je suis Camille.");
  expect(decapitalise("I can help.", [])).toBe("I can help.");
  expect(decapitalise("ANTS vous répond.", [])).toBe("ANTS vous répond.");
  expect(decapitalise("Mairie de Lyon vous répond.", ["Mairie de Lyon"])).toBe(
    "Mairie de Lyon vous répond.",
  );
});
