/**
 * Finished replies by everything that shapes them, so that moving a slider back to where it
 * was costs no request, and a persona test replaying a conversation the preview already had
 * costs none either. Bounded: the oldest entry goes first (a Map keeps insertion order; a hit
 * moves its entry to the back). Lives with the providers so that both the preview's stores and
 * the persona tests' reply function (test-generate.ts) build the key in this one place.
 */
import type { ChatMessage } from "../core/conversation";
import type { Persona } from "../core/persona/schema";
import { rehearsalInputs } from "../core/rehearsal/inputs";
import type { GenerationParams } from "./types";

/** Replies kept: eight versions of a 250-reply conversation (the keys are short). */
export const REPLY_CACHE_LIMIT = 2_000;

/** The rehearsal ignores model, temperature and length: one fixed set keeps its cache keys stable. */
export const REHEARSAL_PARAMS: GenerationParams = {
  model: "rehearsal",
  temperature: 0,
  maxTokens: 0,
};

/** Where a reply comes from, as far as the cache is concerned. */
export interface ReplySource {
  providerId: string;
  baseURL: string;
  params: GenerationParams;
}

/** The offline rehearsal, as the preview keys it. */
export const REHEARSAL_SOURCE: ReplySource = {
  providerId: "rehearsal",
  baseURL: "",
  params: REHEARSAL_PARAMS,
};

/** One model on an OpenAI-compatible endpoint, as the preview keys it (base URL as typed). */
export function endpointSource(baseURL: string, params: GenerationParams): ReplySource {
  return { providerId: "openai-compatible", baseURL, params };
}

/** Whether the source's replies follow from the persona itself, not from a system prompt. */
export function readsPersona(source: ReplySource): boolean {
  return source.providerId === REHEARSAL_SOURCE.providerId;
}

export interface ReplyKeyParts extends ReplySource {
  /** What a model is told; the rehearsal reads the persona instead (rehearsalInputs). */
  systemPrompt: string;
  persona: Persona;
  messages: readonly ChatMessage[];
}

/**
 * Texts as numbers, for keys: a key then carries two short numbers, not the persona and every
 * message again (a live re-run of 250 replies keyed each over the whole conversation,
 * megabytes of JSON a slider step, and a cache of long keys held megabytes more). Numbers are
 * never reused, so forgetting a table (each is bounded) only costs misses, never a reply of
 * another conversation; and they mean nothing outside this page, where no cache is stored.
 */
function createNumbering(limit: number): (text: string) => number {
  let numbers = new Map<string, number>();
  let last = 0;
  return (text) => {
    let number = numbers.get(text);
    if (number === undefined) {
      if (numbers.size >= limit) numbers = new Map();
      number = ++last;
      numbers.set(text, number);
    }
    return number;
  };
}

const historyNumber = createNumbering(50_000);
const headNumber = createNumbering(1_000);

/** The history of no message at all. */
export const NO_HISTORY = 0;

/** A history is the number of the history before its last message and that message. */
export const historyAfter = (history: number, message: ChatMessage): number =>
  historyNumber(`${history}\u0000${message.role}\u0000${message.content}`);

export const historyOf = (messages: readonly ChatMessage[]): number =>
  messages.reduce(historyAfter, NO_HISTORY);

/** Everything but the conversation, as a number: computed once for all the replies of a run. */
export function replyHead({
  providerId,
  baseURL,
  params,
  systemPrompt,
  persona,
}: Omit<ReplyKeyParts, "messages">): number {
  const source = { providerId, baseURL, params };
  return headNumber(
    JSON.stringify([
      providerId,
      baseURL,
      params.model,
      params.temperature,
      params.maxTokens,
      readsPersona(source) ? rehearsalInputs(persona) : systemPrompt,
    ]),
  );
}

export const replyKeyAt = (head: number, history: number): string => `${head}#${history}`;

export function replyKey(parts: ReplyKeyParts): string {
  return replyKeyAt(replyHead(parts), historyOf(parts.messages));
}

/** What a reply cache must offer: the preview's own, or any map-like stand-in. */
export interface ReplyCacheLike {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

export function createReplyCache(limit = REPLY_CACHE_LIMIT) {
  const entries = new Map<string, string>();
  return {
    get(key: string): string | undefined {
      const text = entries.get(key);
      if (text !== undefined) {
        entries.delete(key);
        entries.set(key, text);
      }
      return text;
    },
    set(key: string, text: string): void {
      entries.delete(key);
      entries.set(key, text);
      while (entries.size > limit) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    get size(): number {
      return entries.size;
    },
    clear(): void {
      entries.clear();
    },
  };
}

export type ReplyCache = ReturnType<typeof createReplyCache>;
