import { describe, expect, test } from "vitest";
import { compile } from "../compiler/compile";
import { makePersona } from "../../../tests/helpers/make-persona";
import { chatCompletionsBody, PLACEHOLDER_USER_MESSAGE } from "./chat-body";
import { DEFAULT_TARGET } from "./target";
import { awkwardPersona } from "./test-personas";

describe("chatCompletionsBody", () => {
  test.each(["fr", "en"] as const)(
    "system prompt, greeting, then a placeholder in the persona's language (%s)",
    (language) => {
      const persona = awkwardPersona(language);
      const body = chatCompletionsBody(persona, DEFAULT_TARGET);
      expect(body).toEqual({
        model: "gpt-4o-mini",
        messages: [
          { role: "system", content: compile(persona).systemPrompt },
          { role: "assistant", content: persona.greeting },
          { role: "user", content: PLACEHOLDER_USER_MESSAGE[language] },
        ],
        temperature: 0.7,
        max_tokens: 512,
      });
      expect(body.messages[2]?.content).toBe(
        language === "fr" ? "Bonjour, j'aurais une question." : "Hello, I have a question.",
      );
    },
  );

  test("no greeting, no assistant message; a blank greeting counts as none", () => {
    for (const greeting of [undefined, "   "]) {
      const body = chatCompletionsBody(makePersona({ greeting }), DEFAULT_TARGET);
      expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    }
  });

  test("the target's model is used; a blank one falls back to the default", () => {
    const persona = makePersona();
    expect(
      chatCompletionsBody(persona, { baseURL: "http://127.0.0.1:11434/v1", model: " llama3.2 " })
        .model,
    ).toBe("llama3.2");
    expect(chatCompletionsBody(persona, { baseURL: "", model: "" }).model).toBe(
      DEFAULT_TARGET.model,
    );
  });

  test("holds only strings, numbers, lists and objects, so it embeds in Python as a literal", () => {
    const seen = new Set<string>();
    const walk = (value: unknown): void => {
      seen.add(Array.isArray(value) ? "array" : value === null ? "null" : typeof value);
      if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    walk(chatCompletionsBody(awkwardPersona(), DEFAULT_TARGET));
    expect([...seen].toSorted()).toEqual(["array", "number", "object", "string"]);
  });

  test("no API key anywhere: the body never carries one", () => {
    const text = JSON.stringify(chatCompletionsBody(awkwardPersona(), DEFAULT_TARGET));
    expect(text).not.toMatch(/sk-|api[_-]?key|authorization/i);
  });
});
