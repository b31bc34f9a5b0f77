/**
 * The offline rehearsal engine: a deterministic reply in the persona's language and
 * voice, so a designer can preview a conversation without a model or a network. It is
 * not a chatbot: it recognises what a message asks for (intents.ts), plans the moves
 * of a reply (plan.ts) and realises them with the persona's sliders (realise.ts), each
 * sentence moved to the persona's register band (register.ts).
 * Same persona and messages, same reply: variation comes from a hash of the message
 * and the turn index, never from a clock or Math.random.
 */
import { bandIndex, type BandIndex } from "../persona/bands";
import { VERBOSITY_SENTENCES } from "../persona/catalog-length";
import type { Language, Persona } from "../persona/schema";
import type { ChatMessage } from "../conversation";
import { hasEmoji } from "../text/checks";
import { fold } from "../text/fold";
import { countEmoji, countSentences } from "../text/counts";
import type { Intent } from "./intent-cues";
import { disclosesAI, disclosureSlot, withDisclosure } from "./disclosure";
import { handOverBook, handOverSlots, handOverValues } from "./hand-over-book";
import { detectIntent } from "./intents";
import { languageBooks } from "./language-books";
import type { Phrasebook } from "./phrasebook";
import { keepTouch, lightTouches } from "./humor";
import { cheersAnswer, moodOf, plan } from "./plan";
import { acceptable, inlineValue, realiseSlots, type VoiceContext } from "./realise";
import {
  EMOJI_MAX,
  append,
  cheer,
  emojiCount,
  exclaim,
  exclamations,
  finish,
  openWithWarmth,
  pickSalutation,
  salute,
  select,
  trailOff,
} from "./touches";
import { eagerClauses } from "./eagerness";
import { SPEECH, unspeak } from "./register-speech";
import { mix } from "./text";
import { readTurn, type Turn } from "./turn";

export { EMOJI_MAX, detectIntent, type Intent };

export interface RehearsalReply {
  text: string;
  intent: Intent;
  /** The moves the reply makes, in reading order, e.g. ["acknowledge", "answer", "next-step", "closing"]. */
  moves: string[];
  /**
   * Only when `variant` was asked for: true when this text is another wording than the
   * previous variant's, false when the phrasebook has no other wording for this reply
   * (the text is then the same as before).
   */
  alternative?: boolean;
}

export interface RehearseOptions {
  /**
   * Which wording: 0 (the default) is the reply itself; Regenerate asks for 1, 2, 3… and
   * gets each time another wording than the one before while the phrasebook has one.
   */
  variant?: number;
}

/** Up to two preferred terms, as a list ("facture et devis"), starting at a seeded term. */
function topicList(
  persona: Persona,
  ctx: Pick<VoiceContext, "language" | "persona">,
  and: string,
  seed: number,
): string | undefined {
  const terms = persona.lexicon.prefer
    .map((term) => inlineValue(term, ctx, 60))
    .filter((term) => term !== undefined);
  if (terms.length === 0) return undefined;
  const first = terms[seed % terms.length] as string;
  const second = terms[(seed + 1) % terms.length] as string;
  return terms.length === 1 ? first : `${first} ${and} ${second}`;
}

/** The persona's own greeting, if it keeps every rule of the voice; otherwise templates greet. */
function leadGreeting(
  persona: Persona,
  ctx: VoiceContext,
  bands: Record<"enthusiasm" | "emoji", BandIndex>,
): string | undefined {
  const greeting = persona.greeting?.trim();
  if (greeting === undefined || greeting === "" || countSentences(greeting) === 0) return undefined;
  if (!acceptable(greeting, ctx)) return undefined;
  if (bands.enthusiasm <= 1 && greeting.includes("!")) return undefined;
  if (countEmoji(greeting) > EMOJI_MAX[bands.emoji] || (bands.emoji === 0 && hasEmoji(greeting)))
    return undefined;
  // A greeting without a final stop would run into the next sentence ("Dis-moi tout 👋 Les questions…").
  return countSentences(`${greeting} Ok.`) === countSentences(greeting) + 1
    ? greeting
    : `${greeting}.`;
}

/** A phrasebook with its information lists swapped for the statement ones. */
function forStatements(book: Phrasebook): Phrasebook {
  const { acknowledge, empathy } = book.statement;
  return {
    ...book,
    acknowledge: { ...book.acknowledge, information: acknowledge },
    empathy: { ...book.empathy, information: empathy },
  };
}
// Made once per phrasebook: register.ts keeps its voiced templates per phrasebook object.
const statementBooks = new WeakMap<Phrasebook, Phrasebook>();

/** The language's phrasebook, for statements when a request asks nothing ("Je suis perdue"). */
function phrasebookFor(language: Language, intent: Intent, text: string): Phrasebook {
  const book = languageBooks(language).phrases;
  if (intent !== "information" || text.includes("?")) return book;
  let statements = statementBooks.get(book);
  if (!statements) statementBooks.set(book, (statements = forStatements(book)));
  return statements;
}

/**
 * Answers the last message of the conversation (a user message) as the persona would.
 * Earlier messages give context: whether the assistant has already greeted (the persona's
 * greeting shown before the conversation belongs in it, as the first assistant message),
 * the turn index that varies the wording of repeated requests, and what it said already:
 * a reply says no sentence of the reply before it, and a reply word for word like an
 * earlier one ("I understand your frustration…" to two complaints running) is written
 * again from another seed, a few times at most.
 */
export function rehearse(
  persona: Persona,
  messages: readonly ChatMessage[],
  options: RehearseOptions = {},
): RehearsalReply {
  const { turn, said, seed } = readTurn(persona, messages);
  const first = unsaid(persona, turn, seed, said);
  const variant = Math.max(0, Math.floor(options.variant ?? 0));
  if (variant === 0) return first;
  // Regenerate: the distinct wordings in a fixed order, cycled through.
  const wordings = [first];
  for (let k = 1; k <= WORDING_TRIES && wordings.length <= variant; k++) {
    const reply = unsaid(persona, turn, mix(seed, WORDING_SALT + k), said);
    if (!wordings.some((wording) => wording.text === reply.text)) wordings.push(reply);
  }
  if (wordings.length === 1) return { ...first, alternative: false };
  return { ...(wordings[variant % wordings.length] as RehearsalReply), alternative: true };
}
const RETRIES = 3;
const WORDING_TRIES = 12;
const WORDING_SALT = 0x5eed;

/** The reply from one seed, written again from another while it repeats an earlier reply word for word. */
function unsaid(
  persona: Persona,
  turn: Turn,
  seed: number,
  said: ReadonlySet<string>,
): RehearsalReply {
  let reply = compose(persona, turn, seed);
  for (let retry = 1; retry <= RETRIES && said.has(reply.text); retry++)
    reply = compose(persona, turn, mix(seed, retry));
  return reply;
}

/** The reply to the turn from one seed: which variants, how long, how many emoji. */
function compose(persona: Persona, turn: Turn, seed: number): RehearsalReply {
  const { text, intent, greeted, handOver, disclose } = turn;
  const language = persona.language;
  const plain = phrasebookFor(language, intent, text);
  const book = handOver === undefined ? plain : handOverBook(plain, handOver, language);
  const voice = persona.voice;
  const bands = {
    warmth: bandIndex(voice.warmth),
    humor: bandIndex(voice.humor),
    enthusiasm: bandIndex(voice.enthusiasm),
    register: bandIndex(voice.register),
    institutional: bandIndex(voice.institutional),
    verbosity: bandIndex(voice.verbosity),
    emoji: bandIndex(voice.emoji),
  };
  const base = { language, persona };
  const ctx: VoiceContext = {
    persona,
    language,
    book,
    informal: persona.address === "informal",
    register: bands.register,
    institutional: bands.institutional,
    avoid: persona.lexicon.avoid.map(fold).filter((term) => term !== ""),
    values: {
      name: inlineValue(persona.identity.assistantName, base),
      role: inlineValue(persona.identity.role, base),
      org: inlineValue(persona.identity.organization, base),
      ref: book.referenceNumber(seed),
      topics: topicList(persona, base, book.and, seed),
      ...handOverValues(handOver, persona, bands),
      subject: turn.takeUp.subject,
    },
    seed,
    saidBefore: turn.saidBefore,
  };

  const lead = intent === "greeting" && !greeted ? leadGreeting(persona, ctx, bands) : undefined;
  const planned = plan({
    intent,
    book,
    bands,
    greeted,
    leadGreeting: lead !== undefined,
    hasTopics: ctx.values.topics !== undefined,
    hasEscalation: ctx.values.escalation !== undefined,
    seed,
    about: turn.takeUp.about,
  });
  const touches = lightTouches(intent, bands.humor, language);
  if (touches !== undefined) planned.push({ move: "humor", variants: touches, priority: 0.3 });
  const [min, max] = VERBOSITY_SENTENCES[bands.verbosity];
  const target = min + (seed % (max - min + 1));
  const leadCount = lead === undefined ? 0 : countSentences(lead);
  const room = Math.max(0, target - leadCount);
  const disclosed =
    disclose && handOver?.kind !== "identity" && !(lead !== undefined && disclosesAI(lead));
  const slots = [
    ...(disclosed ? [disclosureSlot(language, bands.register)] : []),
    ...(handOver === undefined
      ? planned
      : handOverSlots(planned, handOver, plain, language, {
          purpose: ctx.values.purpose !== undefined,
          oneSentence: room <= 1,
        })),
  ];
  const realised = realiseSlots(slots, ctx, lead);
  let kept = select(realised, room);
  if (lead !== undefined)
    kept.unshift({
      move: "greeting",
      text: lead,
      count: leadCount,
      priority: -2,
      exclaim: false,
      order: -1,
    });
  if (kept.length === 0)
    kept = realiseSlots([{ move: "acknowledge", variants: book.minimal, priority: 0 }], ctx);

  const keep = [persona.identity.assistantName, persona.identity.organization ?? ""];
  const disclosure = withDisclosure(kept, realised, language, keep);
  kept = disclosure.kept;
  if (touches !== undefined)
    keepTouch(
      kept,
      realised.find((sentence) => sentence.move === "humor"),
      ctx,
      keep,
    );
  if (cheersAnswer(intent, bands.enthusiasm, seed)) cheer(kept, book.cheers, !greeted, ctx, keep);
  // Someone in danger gets the route plainly: no eager clause, exclamation mark or emoji.
  const grave = intent === "urgent";
  if (moodOf(intent) === "serious" && !grave)
    append(kept, eagerClauses(language, bands.enthusiasm), ctx, bands.enthusiasm >= 3);
  // Greetings, thanks and farewells are a word for the person already.
  if (bands.warmth >= 2 && moodOf(intent) !== "positive") openWithWarmth(kept, realised, ctx, keep);
  const moves = kept.map((sentence) => sentence.move);
  if (disclosure.joinedAt !== undefined) moves.splice(disclosure.joinedAt, 0, "disclosure");
  // No "Salut" before a fire either.
  if (lead === undefined && !grave) {
    const salutation = pickSalutation(book, bands.register, turn, seed, ctx);
    // A salutation replaces the word of speech an intimate sentence opens on: "Coucou, merci…", not "Coucou, ah, merci…".
    if (salutation !== undefined && bands.register === 0) unspeak(kept, language);
    if (salute(kept, salutation, ctx, keep)) moves.unshift("salutation");
    else if (bands.register === 0 && !SPEECH[language].opened.test(kept[0]?.text ?? ""))
      salute(kept, SPEECH[language].openers[seed % SPEECH[language].openers.length], ctx, keep);
  }
  // A persona that avoids "!" gets none, rather than sentences dropped at the end for it.
  exclaim(
    kept,
    grave || ctx.avoid.includes("!") ? 0 : exclamations(bands.enthusiasm, bands.register),
    language,
  );
  if (bands.register === 0) trailOff(kept);
  const emojiWanted = Math.max(
    0,
    (grave ? 0 : emojiCount(bands.emoji, intent, seed, bands.register)) -
      (lead === undefined ? 0 : countEmoji(lead)),
  );
  return { text: finish(kept, emojiWanted, ctx, intent), intent, moves: dedupeAdjacent(moves) };
}

function dedupeAdjacent(moves: string[]): string[] {
  return moves.filter((move, i) => i === 0 || moves[i - 1] !== move);
}
