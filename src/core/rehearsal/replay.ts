/**
 * Replays a scripted scenario through the rehearsal engine: each user turn gets the
 * reply the persona would give with the conversation so far as context.
 */
import type { ChatMessage } from "../conversation";
import type { Persona } from "../persona/schema";
import type { Scenario } from "../scenarios/types";
import { rehearse } from "./rehearse";

/** The whole conversation: user turn, assistant reply, user turn… */
export function replayScenario(persona: Persona, scenario: Scenario): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const turn of scenario.turns) {
    messages.push({ role: "user", content: turn });
    messages.push({ role: "assistant", content: rehearse(persona, messages).text });
  }
  return messages;
}
