/**
 * The user side of a long conversation (drift.ts): once a scenario's own turns are used up,
 * someone has to keep asking. Offline, everyday follow-ups from a fixed list, in the persona's
 * language; on an endpoint, a model playing the user from a short user-persona prompt. Either
 * way each message is written knowing the replies actually produced (chained).
 */
import type { ChatMessage } from "../conversation";
import type { Language } from "../persona/constants";
import type { Persona } from "../persona/schema";
import type { Generate, TestCase, TestTarget } from "./types";
import { FOLLOW_UPS } from "./user-simulator-data";

export interface UserTurnContext {
  /** The 1-based turn this user message opens. */
  turn: number;
  persona: Persona;
  testCase: TestCase;
  /** The conversation so far: user messages and the replies actually produced, alternating. */
  history: readonly ChatMessage[];
  signal: AbortSignal;
}

/** Writes the user's next message. */
export type UserSimulator = (context: UserTurnContext) => Promise<string>;

/** The opener around the text, which starts with a capital when it starts a sentence. */
function fill(opener: string, text: string): string {
  const before = opener.slice(0, opener.indexOf("{}"));
  const sentence = before.trim() === "" || /[.!?]\s*$/.test(before);
  return opener.replace("{}", sentence ? text.charAt(0).toUpperCase() + text.slice(1) : text);
}

/** The turns worth going back to: questions and requests, not "Hello" or "Thanks a lot". */
const askingTurns = (turns: readonly string[]) => {
  const asking = turns.filter((turn) => turn.includes("?") || turn.trim().length >= 25);
  return asking.length > 0 ? asking : turns;
};
const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/**
 * The `n`th follow-up (0-based) after a scenario's turns: a topic, a question, a "what if", then
 * back to one of the scenario's own turns, and round again. Items step by 3 through lists of 8
 * (coprime), openers by 1 through lists of 3, so no topic, question or "what if" repeats
 * exactly for 96 follow-ups, and two neighbours are always of different kinds.
 */
export function followUp(language: Language, scenarioTurns: readonly string[], n: number): string {
  const lists = FOLLOW_UPS[language];
  const round = Math.floor(n / 4);
  const item = round * 3;
  switch (n % 4) {
    case 0:
      return fill(at(lists.topic.openers, round), at(lists.topic.items, item));
    case 1:
      return fill(at(lists.question.openers, round), at(lists.question.items, item + 1));
    case 2:
      return fill(at(lists.hypothesis.openers, round), at(lists.hypothesis.items, item + 2));
    default:
      // A scenario without turns has nothing to go back to: another topic instead.
      return scenarioTurns.length === 0
        ? fill(at(lists.topic.openers, round + 1), at(lists.topic.items, item + 5))
        : fill(at(lists.back.openers, round), at(askingTurns(scenarioTurns), round));
  }
}

const lastUser = (history: readonly ChatMessage[]) =>
  history.findLast((message) => message.role === "user")?.content;

/** Deterministic everyday follow-ups in the persona's language; never one message twice in a row. */
export function offlineUserSimulator(): UserSimulator {
  return (context) => {
    const n = Math.max(0, context.turn - context.testCase.turns.length - 1);
    const { language } = context.persona;
    let text = followUp(language, context.testCase.turns, n);
    // Only a scenario whose own turn reads like a follow-up could meet itself; step past it.
    for (let next = n + 1; text === lastUser(context.history); next++)
      text = followUp(language, context.testCase.turns, next);
    return Promise.resolve(text);
  };
}

const START: Readonly<Record<Language, string>> = {
  fr: "(Écrivez votre premier message à l'assistant.)",
  en: "(Write your first message to the assistant.)",
};

function userPersonaPrompt(language: Language, persona: Persona): string {
  const org = persona.identity.organization?.trim();
  if (language === "fr")
    return [
      `Vous jouez une personne ordinaire qui écrit à l'assistant ${org ? `de ${org}` : "d'un service"}.`,
      "Les messages que vous recevez sont ses réponses. Écrivez uniquement votre prochain message :",
      "une ou deux phrases, en français, polies et simples, qui font avancer la conversation",
      "(une précision, un cas particulier, une nouvelle question liée). Ne répétez pas un message",
      "déjà envoyé, ne jouez jamais l'assistant, et n'ajoutez ni guillemets ni commentaire.",
    ].join(" ");
  return [
    `You play an ordinary person writing to the assistant of ${org || "a service"}.`,
    "The messages you receive are its replies. Write only your next message: one or two",
    "sentences, in English, polite and plain, that move the conversation on (a detail, a special",
    "case, a related new question). Never repeat a message you already sent, never play the",
    "assistant, and add no quotes or commentary.",
  ].join(" ");
}

/** A model's idea of a user message, without the wrapping models like to add. */
function cleanUserMessage(text: string): string {
  return text
    .trim()
    .replace(/^(?:user|usager|utilisateur|moi)\s*:\s*/i, "")
    .replace(/^["«“]\s*(.*?)\s*["»”]$/s, "$1")
    .trim()
    .slice(0, 1_000);
}

export interface EndpointUserSimulatorOptions {
  language: Language;
  /** Replaces the default user-persona prompt ("an ordinary person writing to …"). */
  userPersona?: string;
}

/**
 * A model plays the user. Roles are swapped: the persona's replies reach it as "user" messages
 * and its own earlier messages come back as "assistant" ones. An empty answer, or the same
 * message again, falls back to the offline follow-up for that turn.
 */
export function endpointUserSimulator(
  generate: Generate,
  target: TestTarget,
  options: EndpointUserSimulatorOptions,
): UserSimulator {
  const fallback = offlineUserSimulator();
  return async (context) => {
    const messages: ChatMessage[] = [
      { role: "user", content: START[options.language] },
      ...context.history.map((message): ChatMessage => ({
        role: message.role === "user" ? "assistant" : "user",
        content: message.content,
      })),
    ];
    const reply = await generate({
      target,
      persona: context.persona,
      systemPrompt: options.userPersona ?? userPersonaPrompt(options.language, context.persona),
      messages,
      signal: context.signal,
    });
    const text = cleanUserMessage(reply.text);
    if (text === "" || text === lastUser(context.history)) return fallback(context);
    return text;
  };
}
