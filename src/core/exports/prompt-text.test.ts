import { describe, expect, test } from "vitest";
import { compile } from "../compiler/compile";
import { makePersona } from "../../../tests/helpers/make-persona";
import { promptMarkdown, promptPlainText } from "./prompt-text";
import { awkwardPersona } from "./test-personas";

describe.each(["fr", "en"] as const)("prompt documents (%s)", (language) => {
  const persona = awkwardPersona(language);
  const compiled = compile(persona);

  test("Markdown: a title naming the persona, then every section under its own ## heading", () => {
    const markdown = promptMarkdown(persona);
    const [title] = markdown.split("\n");
    expect(title).toBe(
      language === "fr" ? `# Robin's "desk" — prompt système` : `# Robin's "desk" — system prompt`,
    );
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual(compiled.sections.map((section) => `## ${section.title}`));
    for (const section of compiled.sections)
      expect(markdown).toContain(`## ${section.title}\n${section.body}`);
    expect(markdown.endsWith("\n") && !markdown.endsWith("\n\n")).toBe(true);
  });

  test("plain text: the system prompt as sent, without a heading mark and without the title", () => {
    const text = promptPlainText(persona);
    expect(text).not.toMatch(/^#/m);
    expect(text.split("\n")[0]).toBe(compiled.sections[0]?.title);
    for (const section of compiled.sections)
      expect(text).toContain(`${section.title}\n${section.body.replace(/^### /gm, "")}`);
    // Nothing but the heading marks is removed: the same text once they are put back.
    expect(text.replace(/\n/g, "")).toBe(
      compiled.systemPrompt.replace(/^#{2,3} /gm, "").replace(/\n/g, ""),
    );
  });

  test("the persona's own text survives both, quotes, newlines and all", () => {
    for (const out of [promptMarkdown(persona), promptPlainText(persona)]) {
      expect(out).toContain(`It's "quoted" — l'apostrophe’s fine.`);
      expect(out).toContain("{{ message }} {% raw %}\u2028end 🙂");
    }
  });
});

test("a name spread over lines still makes a one-line title", () => {
  const markdown = promptMarkdown(makePersona({ name: "Guichet\n  de la mairie" }));
  expect(markdown.split("\n")[0]).toBe("# Guichet de la mairie — prompt système");
});
