/**
 * A promptfoo configuration that tests the persona against its endpoint: the compiled
 * prompt as a chat prompt, one test per user turn of every scenario the persona can
 * replay, and checks derived from the persona on every reply (promptfoo-asserts.ts).
 *
 * Written with the `yaml` package, never by hand. Keys follow promptfoo's docs:
 * configuration/reference.md (description, prompts, providers, defaultTest, tests),
 * configuration/prompts.md and chat.md (a prompt that is a JSON list of chat messages),
 * providers/openai.md (`openai:chat:<model>`, `apiBaseUrl`, `apiKeyEnvar`).
 */
import { Document } from "yaml";
import { scenariosFor } from "../scenarios/built-in";
import { readCustomScenarios } from "../scenarios/schema";
import type { Scenario } from "../scenarios/types";
import type { Persona } from "../persona/schema";
import { openingMessages, type ChatMessage } from "./chat-body";
import { personaAssertions, verbatim } from "./promptfoo-asserts";
import { API_KEY_ENV, baseUrlOf, EXPORT_PARAMS, isOpenAI, modelOf, type EndpointTarget } from "./target";

/** The user message's variable in the prompt; each test sets it. */
export const MESSAGE_VAR = "message";

/**
 * The prompt as promptfoo's JSON chat format. promptfoo renders each string of a prompt
 * that parses as JSON with nunjucks, so the system prompt and greeting are kept verbatim.
 * Pretty-printed on purpose: promptfoo reads a one-line prompt holding "/" as a file path
 * (maybeFilePath in src/prompts/utils.ts), and a prompt with a line break never is one.
 */
function chatPrompt(persona: Persona): string {
  const messages: ChatMessage[] = openingMessages(persona).map((m) => ({ ...m, content: verbatim(m.content) }));
  messages.push({ role: "user", content: `{{${MESSAGE_VAR}}}` });
  return JSON.stringify(messages, null, 2);
}

function provider(target: EndpointTarget) {
  const config: Record<string, string | number> = {};
  // OpenAI is promptfoo's default base URL and key variable; anything else is named.
  if (!isOpenAI(target)) {
    config.apiBaseUrl = baseUrlOf(target);
    config.apiKeyEnvar = API_KEY_ENV;
  }
  config.temperature = EXPORT_PARAMS.temperature;
  config.max_tokens = EXPORT_PARAMS.maxTokens;
  return { id: `openai:chat:${modelOf(target)}`, config };
}

/** The scenarios the preview offers this persona: the built-ins of its language, then its own. */
export function personaScenarios(persona: Persona): Scenario[] {
  return [...scenariosFor(persona.language), ...readCustomScenarios(persona)];
}

function tests(persona: Persona) {
  return personaScenarios(persona).flatMap((scenario) =>
    scenario.turns.map((turn, i) => ({
      description: `${scenario.title} — turn ${i + 1}`,
      vars: { [MESSAGE_VAR]: turn },
      metadata: { scenario: scenario.id, turn: i + 1 },
    })),
  );
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function header(persona: Persona, target: EndpointTarget): string {
  return [
    ` promptfoo configuration for the persona "${oneLine(persona.name)}", written by Psydesign Studio.`,
    ` Run: ${API_KEY_ENV}=... npx promptfoo@latest eval -c <this file>`,
    ` Endpoint: ${modelOf(target)} at ${baseUrlOf(target)}; the key is read from ${API_KEY_ENV}.`,
    " Format: https://www.promptfoo.dev/docs/configuration/reference/",
    " Each user turn is tested on its own, without the turns before it.",
    " llm-rubric checks are graded by promptfoo's default grader (an OpenAI key); --grader picks another.",
  ].join("\n");
}

/** The promptfoo configuration as YAML text, ending with a newline. */
export function promptfooConfig(persona: Persona, target: EndpointTarget): string {
  const config = {
    description: `${oneLine(persona.name)} (Psydesign Studio persona "${persona.id}", ${persona.language})`,
    prompts: [{ label: oneLine(persona.name), raw: chatPrompt(persona) }],
    providers: [provider(target)],
    defaultTest: { assert: personaAssertions(persona) },
    tests: tests(persona),
  };
  const doc = new Document(config);
  doc.commentBefore = header(persona, target);
  // lineWidth 0: long prompts and rubrics stay on their lines instead of being folded.
  return doc.toString({ lineWidth: 0 });
}
