/**
 * The compiled prompt as a document: Markdown to read or keep beside the persona file,
 * plain text to paste into a tool whose system-prompt field does not render Markdown.
 */
import { compile } from "../compiler/compile";
import type { Language, Persona } from "../persona/schema";

const TITLE: Readonly<Record<Language, (name: string) => string>> = {
  fr: (name) => `${name} — prompt système`,
  en: (name) => `${name} — system prompt`,
};

/** One line for the persona's name: a title is one line, whatever the name holds. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The compiled prompt under a `#` title naming the persona, one `##` heading per section
 * (the compiler's own headings, examples keep their `###`). Ends with one newline.
 */
export function promptMarkdown(persona: Persona): string {
  const { sections } = compile(persona);
  const parts = [`# ${TITLE[persona.language](oneLine(persona.name))}`];
  for (const section of sections) parts.push(`## ${section.title}\n${section.body}`);
  return `${parts.join("\n\n")}\n`;
}

// The compiler writes headings only at line starts (`## Section`, `### Example 1`); user text
// inside an example is indented on its continuation lines, so it never starts a line with `#`.
const HEADING = /^#{1,6} /gm;

/**
 * The system prompt exactly as the model receives it, headings turned into plain lines:
 * no title, since whatever is pasted into a system-prompt field is sent to the model.
 * List items keep their "- ", which reads as a list in plain text too. Ends with one newline.
 */
export function promptPlainText(persona: Persona): string {
  return compile(persona).systemPrompt.replace(HEADING, "");
}
