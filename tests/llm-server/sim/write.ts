/**
 * The simulated model's reply: the persona read back from the system prompt (read-prompt.ts),
 * a reply written by the offline rehearsal, and the behaviour's slips on top.
 *
 * A test double defined to be faithful: the rehearsal misses the meter on a few percent of
 * replies, so the model tries the rehearsal's variants (Regenerate's wordings) and keeps the
 * first one whose own meter reading, on the persona it read from the prompt, holds every
 * derived check (and the hand-over, when asked for a person). A slip is chosen the same way:
 * the first candidate whose failed checks are exactly the slip's, so each slip fails what it
 * should and nothing else. When no candidate fits, the nearest one is sent (a slip that must show
 * weighs more than another check that fails with it).
 * Deterministic: the same messages give the same reply, retries and re-runs included.
 */
import type { ChatMessage } from "../../../src/core/conversation";
import { bandIndex } from "../../../src/core/persona/bands";
import type { Persona } from "../../../src/core/persona/schema";
import { checkReply } from "../../../src/core/persona-tests/checks";
import { detectIntent, rehearse } from "../../../src/core/rehearsal/rehearse";
import { hash, mix } from "../../../src/core/rehearsal/text";
import type { Expectation } from "../../../src/core/scenarios/expectations";
import type { Behaviour } from "./behaviour";
import { readPrompt } from "./read-prompt";

export interface SimMessage {
  role: string;
  content: unknown;
}

/** Regenerate's wordings tried per candidate persona. */
const VARIANTS = 12;
/** Enough to find a fit where one exists, few enough that a reply never takes long. */
const MAX_CANDIDATES = 1_500;

/** What the slips of one turn change. */
interface TurnSlips {
  drift: boolean;
  /** The avoided words to try, the drawn one first; undefined when the slip does not fire. */
  avoided: string[] | undefined;
  ignoresHandover: boolean;
  long: boolean;
}

const text = (content: unknown) => (typeof content === "string" ? content : "");

/** A draw in [0, 1) from the seed, the conversation's text and the turn: the same each time. */
function draw(seed: number, chat: readonly ChatMessage[], turn: number): number {
  const content = chat.map((message) => `${message.role}:${message.content}`).join("\n");
  return mix(hash(content, hash(String(seed))), turn) / 2 ** 32;
}

function slipsOf(
  behaviour: Behaviour,
  persona: Persona,
  chat: readonly ChatMessage[],
  turn: number,
  asksForPerson: boolean,
): TurnSlips {
  const { drift, avoided } = behaviour;
  const target = drift?.to === "tu" ? "informal" : "formal";
  const avoid = persona.lexicon.avoid;
  const fires =
    avoided !== undefined &&
    avoid.length > 0 &&
    draw(avoided.seed, chat, turn) < avoided.probability;
  return {
    drift: drift !== undefined && turn > drift.afterTurn && persona.address !== target,
    avoided: fires
      ? avoid.map((_, i) => avoid[(mix(avoided.seed, turn) + i) % avoid.length] as string)
      : undefined,
    ignoresHandover: behaviour.ignoresHandover === true && asksForPerson,
    long: behaviour.long === true,
  };
}

/** A message that asks for nothing in particular: what a model that ignores the hand-over answers. */
const ELSEWHERE = {
  fr: "J'ai une question sur mon dossier.",
  en: "I have a question about my file.",
} as const;

/** Address cues the English meter reads (it sees only how the reader is named). */
const ENGLISH_ADDRESS = {
  informal: { before: ["Hey, ", "Hey there, "], after: ", mate" },
  formal: { before: ["Dear customer, "], after: ", sir or madam" },
};

function withAddressCue(reply: string, persona: Persona, address: Persona["address"]): string[] {
  if (persona.language !== "en") return [];
  const { before, after } = ENGLISH_ADDRESS[address];
  const end = /[.!?…]?$/.exec(reply)?.index ?? reply.length;
  return [
    ...before.map((cue) => `${cue}${reply.charAt(0).toLowerCase()}${reply.slice(1)}`),
    `${reply.slice(0, end)}${after}${reply.slice(end)}`,
  ];
}

/** The avoided word slipped into a sentence of the reply (at most three places), where the meter will find it. */
function withWord(reply: string, word: string): string[] {
  const ends = [...reply.matchAll(/\s?[.!?…](?=\s|$)/g)].map((match) => match.index).slice(0, 3);
  return ends.map((at) => `${reply.slice(0, at)} (${word.trim()})${reply.slice(at)}`);
}

/** Each slider moved one band up and one down: other wordings, still judged on the persona itself. */
function nudged(persona: Persona): Persona[] {
  return (Object.keys(persona.voice) as (keyof Persona["voice"])[]).flatMap((id) =>
    [-20, 20]
      .map((step) => persona.voice[id] + step)
      .filter((level) => level >= 0 && level <= 100)
      .map((level) => ({ ...persona, voice: { ...persona.voice, [id]: level } })),
  );
}

function* candidates(
  persona: Persona,
  chat: readonly ChatMessage[],
  slips: TurnSlips,
): Generator<string> {
  const address = slips.drift
    ? persona.address === "formal"
      ? "informal"
      : "formal"
    : persona.address;
  const writer: Persona = {
    ...persona,
    address,
    voice: slips.long ? { ...persona.voice, verbosity: 100 } : persona.voice,
  };
  const messages = slips.ignoresHandover
    ? [...chat.slice(0, -1), { role: "user" as const, content: ELSEWHERE[persona.language] }]
    : chat;
  const replies = function* (writers: readonly Persona[]): Generator<string> {
    for (const each of writers) {
      for (let variant = 0; variant < VARIANTS; variant++) {
        const reply = rehearse(each, messages, { variant });
        yield reply.text;
        if (slips.drift) yield* withAddressCue(reply.text, persona, address);
        if (reply.alternative === false) break;
      }
    }
  };
  // Without the persona's greeting too (when the greeting itself misses the meter, a faithful
  // model greets in its own words), then as a persona one band off on one slider.
  const { greeting: _greeting, ...ungreeted } = writer;
  for (const tier of [[writer, ungreeted], nudged(ungreeted)]) {
    if (slips.avoided === undefined) {
      yield* replies(tier);
      continue;
    }
    for (const word of slips.avoided) {
      // The word as the rehearsal says it when the persona prefers it, else slipped in.
      yield* replies(
        tier.map((each) => ({
          ...each,
          lexicon: { prefer: [word, ...each.lexicon.prefer], avoid: [] },
        })),
      );
      for (const reply of replies(tier)) yield* withWord(reply, word);
    }
  }
}

/** The check ids a reply fails on the persona the prompt describes. */
function failed(
  persona: Persona,
  reply: string,
  expectations: readonly Expectation[],
): Set<string> {
  return new Set(
    checkReply(persona, reply, expectations)
      .filter((check) => !check.pass)
      .map((check) => check.id),
  );
}

/**
 * How far a reply is from failing exactly what it should: a check that fails besides counts
 * one, a slip that does not show counts two (a slip must happen, even at the cost of another check).
 */
function distance(found: ReadonlySet<string>, wanted: ReadonlySet<string>): number {
  let off = 0;
  for (const id of found) if (!wanted.has(id)) off++;
  for (const id of wanted) if (!found.has(id)) off += 2;
  return off;
}

/** What the slips should fail, in checkReply's order (derived checks, then the hand-over). */
function expectedFailures(persona: Persona, slips: TurnSlips): Set<string> {
  const ids = [
    // The meter reads five bands: a persona already long-winded cannot be read as too long.
    slips.long && bandIndex(persona.voice.verbosity) <= 2 ? "derived:verbosity" : "",
    slips.drift ? "derived:address" : "",
    slips.avoided === undefined ? "" : "derived:lexicon",
    slips.ignoresHandover ? "hands-over" : "",
  ];
  return new Set(ids.filter(Boolean));
}

/** The simulated model's reply to a chat request's messages (system prompt first). */
export function simulatedReply(behaviour: Behaviour, messages: readonly SimMessage[]): string {
  const system = messages.find((message) => message.role === "system");
  const persona = readPrompt(text(system?.content));
  const chat: ChatMessage[] = messages
    .filter((message) => message.role === "user" || message.role === "assistant")
    .map((message) => ({
      role: message.role as ChatMessage["role"],
      content: text(message.content),
    }));
  const turn = chat.filter((message) => message.role === "user").length;
  const last = chat.findLast((message) => message.role === "user")?.content ?? "";
  const asksForPerson = detectIntent(last, persona.language, persona) === "human";
  const slips = slipsOf(behaviour, persona, chat, turn, asksForPerson);
  const expectations: Expectation[] = asksForPerson ? [{ kind: "hands-over" }] : [];
  const wanted = expectedFailures(persona, slips);
  // The first candidate that fails exactly what it should; else the nearest, the earliest of those.
  let best: { reply: string; off: number } | undefined;
  let tried = 0;
  for (const candidate of candidates(persona, chat, slips)) {
    const off = distance(failed(persona, candidate, expectations), wanted);
    if (off === 0) return candidate;
    if (best === undefined || off < best.off) best = { reply: candidate, off };
    if (++tried >= MAX_CANDIDATES) break;
  }
  return best?.reply ?? "";
}
