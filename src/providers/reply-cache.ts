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

export const REPLY_CACHE_LIMIT = 500;

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

export function replyKey({
  providerId,
  baseURL,
  params,
  systemPrompt,
  persona,
  messages,
}: ReplyKeyParts): string {
  const source = { providerId, baseURL, params };
  return JSON.stringify([
    providerId,
    baseURL,
    params.model,
    params.temperature,
    params.maxTokens,
    readsPersona(source) ? rehearsalInputs(persona) : systemPrompt,
    messages.map((m) => [m.role, m.content]),
  ]);
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
