/**
 * The simulated model as the test server calls it: the request's model picks the behaviour,
 * the reply is remembered (the same messages always give the same reply, so a retry or a
 * re-run costs nothing), and the prompt's size is counted for the usage chunk.
 */
import type { LlmMode } from "../modes";
import { describeBehaviour } from "./behaviour";
import { simulatedReply, type SimMessage } from "./write";

export interface ModelReply {
  text: string;
  /** Words of every message, system prompt included: one word stands for one token here. */
  promptTokens: number;
}

const REMEMBERED = new Map<string, string>();
const REMEMBERED_MAX = 2_000;

const words = (content: unknown) =>
  typeof content === "string" ? (content.match(/\S+/g)?.length ?? 0) : 0;

export function modelReply(
  mode: Extract<LlmMode, { kind: "model" }>,
  body: { model?: string; messages?: SimMessage[] },
): ModelReply {
  const messages = (Array.isArray(body.messages) ? body.messages : []).filter(
    (message) => typeof message === "object" && message !== null,
  );
  const behaviour =
    typeof mode.behaviour === "function" ? mode.behaviour(body.model ?? "") : mode.behaviour;
  const key = `${describeBehaviour(behaviour)}\u0000${JSON.stringify(messages)}`;
  let text = REMEMBERED.get(key);
  if (text === undefined) {
    text = simulatedReply(behaviour, messages);
    if (REMEMBERED.size >= REMEMBERED_MAX) REMEMBERED.clear();
    REMEMBERED.set(key, text);
  }
  return {
    text,
    promptTokens: messages.reduce((sum, message) => sum + words(message.content), 0),
  };
}
