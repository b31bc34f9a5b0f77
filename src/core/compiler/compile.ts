/**
 * The prompt compiler: a persona in, a system prompt a skilled psydesigner could
 * have written out. Pure and deterministic: no clock, no randomness, no
 * locale-dependent calls, so the same persona always gives byte-identical
 * output. Sliders are read through their band only, so moving one inside a band
 * changes nothing and crossing a boundary changes the prompt.
 */
import type { Persona } from "../persona/schema";
import type { SectionWriter } from "./section";
import type { CompileResult, PromptSection } from "./types";
import { lint } from "./lint";
import { estimateTokens } from "./token-estimate";
import { identitySection } from "./sections/identity";
import { audienceSection } from "./sections/audience";
import { toneSection } from "./sections/tone";
import { registerSection } from "./sections/register";
import { institutionalSection } from "./sections/institutional";
import { lengthSection } from "./sections/length";
import { emojiSection } from "./sections/emoji";
import { lexiconSection } from "./sections/lexicon";
import { guardrailsSection } from "./sections/guardrails";
import { examplesSection } from "./sections/examples";

/** The section writers in prompt order (the order of SECTION_IDS; a test checks it). */
export const SECTION_WRITERS: readonly SectionWriter[] = [
  identitySection,
  audienceSection,
  toneSection,
  registerSection,
  institutionalSection,
  lengthSection,
  emojiSection,
  lexiconSection,
  guardrailsSection,
  examplesSection,
];

/**
 * Compiles a persona into its system prompt: Markdown sections (`## Title`)
 * separated by blank lines, ending with a single newline. Sections with nothing
 * to say are left out; the others keep their order.
 */
export function compile(persona: Persona): CompileResult {
  const language = persona.language;
  const sections: PromptSection[] = [];
  let systemPrompt = "";
  for (const writer of SECTION_WRITERS) {
    const body = writer.write(persona);
    if (body === "") continue;
    const title = writer.title[language];
    sections.push({ id: writer.id, title, body });
    systemPrompt += `${systemPrompt === "" ? "" : "\n\n"}## ${title}\n${body}`;
  }
  systemPrompt += "\n";
  return {
    language,
    systemPrompt,
    sections,
    warnings: lint(persona),
    tokenEstimate: estimateTokens(systemPrompt, language),
  };
}
