/**
 * What a reply answers, read from the conversation before it: the last user message, what it
 * asks for and is about, whether the assistant greeted already, and what it said before.
 */
import type { ChatMessage } from "../conversation";
import type { Persona } from "../persona/schema";
import { fold } from "../text/fold";
import { mustDisclose } from "./disclosure";
import { handOverFor, type HandOver } from "./hand-over";
import type { Intent } from "./intent-cues";
import { detectIntent } from "./intents";
import { saidBefore, type SaidBefore } from "./said-before";
import { takeUp, type TakeUp } from "./take-up";
import { hash, mix } from "./text";

export /** What a reply answers: the message, what it asks for, and what the conversation already holds. */
interface Turn {
  text: string;
  intent: Intent;
  /** An assistant message already exists: no second welcome, no second "Bonjour". */
  greeted: boolean;
  /** The user greeted already: a later "bonjour" gets "Rebonjour". */
  greetedBefore: boolean;
  takeUp: TakeUp;
  saidBefore: SaidBefore;
  /** The reply declines or hands over (hand-over.ts). */
  handOver: HandOver | undefined;
  /** The reply must say it is an AI, unless the persona's greeting opening it does (disclosure.ts). */
  disclose: boolean;
}

export interface ReadTurn {
  turn: Turn;
  /** The assistant's earlier replies, word for word. */
  said: ReadonlySet<string>;
  /** From the message and the turn index: a repeated request is worded another way. */
  seed: number;
}

export function readTurn(persona: Persona, messages: readonly ChatMessage[]): ReadTurn {
  let lastIndex = messages.length - 1;
  while (lastIndex >= 0 && messages[lastIndex]?.role !== "user") lastIndex--;
  const text = lastIndex >= 0 ? (messages[lastIndex] as ChatMessage).content : "";
  const earlier = messages.slice(0, Math.max(0, lastIndex));
  const replies = earlier
    .filter((message) => message.role === "assistant")
    .map((message) => message.content);
  const said = new Set(replies);
  const users = earlier.filter((message) => message.role === "user");
  const detected = detectIntent(text, persona.language, persona);
  const greetedBefore =
    detected === "greeting" &&
    users.some(
      (message) => detectIntent(message.content, persona.language, persona) === "greeting",
    );
  const up = takeUp(text, detected, persona, users.at(-1)?.content);
  const handOver = handOverFor(text, persona, up.intent);
  const turn: Turn = {
    text,
    intent: up.intent,
    greeted: said.size > 0,
    greetedBefore,
    // A hand-over ("refunds are handled by the team") wins over an answer about the subject.
    takeUp: handOver === undefined ? up : { intent: up.intent, subject: up.subject },
    saidBefore: saidBefore(replies),
    handOver,
    disclose: mustDisclose(persona, earlier),
  };
  return { turn, said, seed: mix(hash(fold(text)), users.length) };
}
