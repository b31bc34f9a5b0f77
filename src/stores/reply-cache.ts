/**
 * Finished replies by everything that shapes them, so that moving a slider back to where it
 * was costs no request. Bounded: the oldest entry goes first (a Map keeps insertion order;
 * a hit moves its entry to the back).
 */
import type { ChatMessage } from "../core/conversation";
import type { GenerationParams } from "../providers/types";

export const REPLY_CACHE_LIMIT = 500;

export interface ReplyKeyParts {
  providerId: string;
  baseURL: string;
  params: GenerationParams;
  systemPrompt: string;
  messages: readonly ChatMessage[];
}

export function replyKey({
  providerId,
  baseURL,
  params,
  systemPrompt,
  messages,
}: ReplyKeyParts): string {
  return JSON.stringify([
    providerId,
    baseURL,
    params.model,
    params.temperature,
    params.maxTokens,
    systemPrompt,
    messages.map((m) => [m.role, m.content]),
  ]);
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
