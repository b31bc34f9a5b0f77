/**
 * The persona as an OpenAI Chat Completions request: what a developer sends to run the
 * assistant outside the studio. The body is the contract; the code snippets embed it as is.
 */
import { compile } from "../compiler/compile";
import { hasText } from "../compiler/text";
import type { Language, Persona } from "../persona/schema";
import { EXPORT_PARAMS, modelOf, type EndpointTarget } from "./target";

export interface ChatMessage {
  role: "system" | "assistant" | "user";
  content: string;
}

/** The request body; only strings and numbers, so it reads the same as JSON, JavaScript and Python. */
export interface ChatCompletionsBody {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  max_tokens: number;
}

/** A first user message to replace with a real one; a plausible opener, so the request also runs as is. */
export const PLACEHOLDER_USER_MESSAGE: Readonly<Record<Language, string>> = {
  fr: "Bonjour, j'aurais une question.",
  en: "Hello, I have a question.",
};

/**
 * The messages a conversation with this persona starts from: the compiled prompt as the
 * system message, then the greeting as the assistant's first turn when the persona has one
 * (the preview shows it before the user writes).
 */
export function openingMessages(persona: Persona): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: "system", content: compile(persona).systemPrompt }];
  if (hasText(persona.greeting))
    messages.push({ role: "assistant", content: persona.greeting.trim() });
  return messages;
}

/**
 * The Chat Completions body: the opening messages, a placeholder user message in the
 * persona's language, and the preview's default temperature and reply cap. `max_tokens`
 * rather than `max_completion_tokens`: every OpenAI-compatible server reads the former.
 */
export function chatCompletionsBody(persona: Persona, target: EndpointTarget): ChatCompletionsBody {
  return {
    model: modelOf(target),
    messages: [
      ...openingMessages(persona),
      { role: "user", content: PLACEHOLDER_USER_MESSAGE[persona.language] },
    ],
    temperature: EXPORT_PARAMS.temperature,
    max_tokens: EXPORT_PARAMS.maxTokens,
  };
}
