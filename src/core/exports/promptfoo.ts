/**
 * A promptfoo configuration that tests the persona against its endpoint: the compiled
 * prompt as a chat prompt, each scenario the persona can replay as one conversation (one
 * test per user turn, sent with the turns and replies before it), and checks derived from
 * the persona on every reply (promptfoo-asserts.ts), graded by the same endpoint unless told
 * otherwise.
 *
 * Keys follow promptfoo's docs: configuration/reference.md (description, prompts, providers,
 * defaultTest, tests, metadata), configuration/chat.md (a chat prompt in JSON, multi-turn
 * with `_conversation` and `metadata.conversationId`), providers/openai.md (`openai:chat:
 * <model>`, `apiBaseUrl`, `apiKeyEnvar`) and configuration/expected-outputs/model-graded
 * (`defaultTest.options.provider` grades llm-rubric). Every text from the persona is made
 * inert first (promptfoo-text.ts): promptfoo renders most of this file with nunjucks.
 */
import { scenariosFor } from "../scenarios/built-in";
import { readCustomScenarios } from "../scenarios/schema";
import type { Scenario } from "../scenarios/types";
import type { Persona } from "../persona/schema";
import { openingMessages } from "./chat-body";
import { personaAssertions } from "./promptfoo-asserts";
import { inertLabel, inertTemplateText, inertVarText, oneLine, writeYaml } from "./promptfoo-text";
import {
  API_KEY_ENV,
  baseUrlOf,
  EXPORT_PARAMS,
  isOpenAI,
  modelOf,
  type EndpointTarget,
} from "./target";

/** The user message's variable in the prompt; each test sets it. */
export const MESSAGE_VAR = "message";

/** promptfoo's variable holding the earlier exchanges of a test's conversation. */
export const CONVERSATION_VAR = "_conversation";

export interface PromptfooOptions {
  /** Who grades the llm-rubric checks; by default the endpoint under test. */
  grader?: EndpointTarget;
}

/** One message of the chat prompt, `content` already JSON (or a nunjucks expression writing JSON). */
const message = (role: string, content: string) => `  {"role": "${role}", "content": ${content}},`;

/**
 * The prompt: a nunjucks template that renders to promptfoo's JSON chat format. The system
 * prompt and greeting are JSON strings written into the template as inert text; the earlier
 * turns and the user message are inserted with `dump`, which writes them as JSON strings.
 * A template with a loop is not JSON itself, so promptfoo renders it as a whole, after
 * rendering each string var on its own (which undoes inertVarText). Written over several
 * lines on purpose: promptfoo reads a one-line prompt holding "/" as a file path.
 */
function chatPrompt(persona: Persona): string {
  const opening = openingMessages(persona).map((m) =>
    message(m.role, inertTemplateText(JSON.stringify(m.content))),
  );
  return [
    "[",
    ...opening,
    `{% for turn in ${CONVERSATION_VAR} %}`,
    message("user", "{{ turn.input | dump }}"),
    message("assistant", "{{ turn.output | dump }}"),
    "{% endfor %}",
    `  {"role": "user", "content": {{ ${MESSAGE_VAR} | dump }}}`,
    "]",
  ].join("\n");
}

function provider(target: EndpointTarget, params: Record<string, number>) {
  const config: Record<string, string | number> = {};
  // OpenAI is promptfoo's default base URL and key variable; anything else is named.
  if (!isOpenAI(target)) {
    config.apiBaseUrl = baseUrlOf(target);
    config.apiKeyEnvar = API_KEY_ENV;
  }
  return { id: `openai:chat:${modelOf(target)}`, config: { ...config, ...params } };
}

/** The scenarios the preview offers this persona: the built-ins of its language, then its own. */
export function personaScenarios(persona: Persona): Scenario[] {
  return [...scenariosFor(persona.language, persona), ...readCustomScenarios(persona)];
}

/**
 * One test per turn, in order: promptfoo runs a config that uses `_conversation` one test at
 * a time and hands each test the exchanges of the tests before it with the same
 * conversationId. A designer's scenario may reuse a built-in id, so the id is made unique.
 */
function tests(persona: Persona) {
  const seen = new Map<string, number>();
  return personaScenarios(persona).flatMap((scenario) => {
    const count = (seen.get(scenario.id) ?? 0) + 1;
    seen.set(scenario.id, count);
    const conversationId = count === 1 ? scenario.id : `${scenario.id}#${count}`;
    return scenario.turns.map((turn, i) => ({
      description: inertLabel(`${scenario.title} — turn ${i + 1}`),
      vars: { [MESSAGE_VAR]: inertVarText(turn) },
      metadata: { scenario: scenario.id, turn: i + 1, conversationId },
    }));
  });
}

const endpoint = (target: EndpointTarget) => `${modelOf(target)} at ${baseUrlOf(target)}`;

function header(persona: Persona, target: EndpointTarget, grader: EndpointTarget): string {
  return [
    `promptfoo configuration for the persona "${oneLine(persona.name)}", written by Psydesign Studio.`,
    `Run: ${API_KEY_ENV}=... npx promptfoo@latest eval -c <this file>`,
    `Endpoint: ${endpoint(target)}; the key is read from ${API_KEY_ENV}.`,
    `Grader of the llm-rubric checks: ${endpoint(grader)}, same key variable; eval --grader <provider> overrides it.`,
    "Each scenario is one conversation: a turn is sent after the earlier turns and replies (_conversation).",
    "Format: https://www.promptfoo.dev/docs/configuration/reference/",
  ].join("\n");
}

/** The promptfoo configuration as YAML text, ending with a newline. */
export function promptfooConfig(
  persona: Persona,
  target: EndpointTarget,
  options: PromptfooOptions = {},
): string {
  const grader = options.grader ?? target;
  const config = {
    description: inertLabel(
      `${persona.name} (Psydesign Studio persona "${persona.id}", ${persona.language})`,
    ),
    prompts: [{ label: inertLabel(persona.name), raw: chatPrompt(persona) }],
    providers: [
      provider(target, {
        temperature: EXPORT_PARAMS.temperature,
        max_tokens: EXPORT_PARAMS.maxTokens,
      }),
    ],
    // Without a provider here, promptfoo grades llm-rubric through OpenAI, whatever the endpoint.
    defaultTest: {
      options: { provider: provider(grader, { temperature: 0 }) },
      assert: personaAssertions(persona),
    },
    tests: tests(persona),
  };
  return writeYaml(config, header(persona, target, grader));
}
