/**
 * Replays a scripted scenario through the rehearsal engine: each user turn gets the
 * reply the persona would give with the conversation so far as context.
 */
import type { ChatMessage } from "../conversation";
import type { Persona } from "../persona/schema";
import type { Scenario } from "../scenarios/types";
import { rehearse } from "./rehearse";

/**
 * The persona's greeting as the first assistant message, for a page (or a command) that
 * shows it before the first turn: with it in the history, the first reply greets no more.
 * Empty when the persona has no greeting.
 */
export function openingOf(persona: Persona): ChatMessage[] {
  const greeting = persona.greeting?.trim() ?? "";
  return greeting === "" ? [] : [{ role: "assistant", content: greeting }];
}

export interface ReplayOptions {
  /** Start from the persona's greeting (openingOf), which the result then begins with. */
  opening?: boolean;
}

/** The whole conversation: user turn, assistant reply, user turn… */
export function replayScenario(
  persona: Persona,
  scenario: Scenario,
  options: ReplayOptions = {},
): ChatMessage[] {
  const messages: ChatMessage[] = options.opening === true ? openingOf(persona) : [];
  for (const turn of scenario.turns) {
    messages.push({ role: "user", content: turn });
    messages.push({ role: "assistant", content: rehearse(persona, messages).text });
  }
  return messages;
}
