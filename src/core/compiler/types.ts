import type { Language } from "../persona/schema";

/** The prompt's sections, in the order they are written. */
export const SECTION_IDS = [
  "identity",
  "audience",
  "tone",
  "register",
  "institutional",
  "length",
  "emoji",
  "lexicon",
  "guardrails",
  "examples",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface PromptSection {
  id: SectionId;
  /** Heading as written in the prompt, in the persona's language. */
  title: string;
  /** Body of the section, without its heading. */
  body: string;
}

export interface CompileWarning {
  /** Stable code, e.g. "emoji-with-formal-register"; tests and the UI key on it. */
  code: string;
  /** Plain-words explanation in the persona's language. */
  message: string;
  /** Persona JSON paths of the controls concerned, e.g. ["voice.register", "voice.emoji"]. */
  paths: string[];
}

export interface CompileResult {
  language: Language;
  systemPrompt: string;
  sections: PromptSection[];
  warnings: CompileWarning[];
  /** Approximate token count of systemPrompt (heuristic; an exact count needs a tokenizer). */
  tokenEstimate: number;
}
