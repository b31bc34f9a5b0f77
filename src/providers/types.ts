/**
 * One interface for every way the studio gets a reply: the offline rehearsal and any
 * OpenAI-compatible endpoint. A provider streams text deltas and ends with a finish
 * reason, or throws a ProviderError. Aborting (the AbortSignal) is a normal end: the
 * stream stops and throws a ProviderError of kind "aborted".
 */
import type { ChatMessage } from "../core/conversation";
import type { Persona } from "../core/persona/schema";
import type { TokenUsage } from "../core/persona-tests/types";

export type { TokenUsage } from "../core/persona-tests/types";

export interface GenerationParams {
  model: string;
  temperature: number;
  maxTokens: number;
}

export interface ChatRequest {
  /** The compiled system prompt, sent first with role "system". */
  systemPrompt: string;
  /** The persona itself: the offline rehearsal realises its voice directly. */
  persona: Persona;
  /** The conversation so far, ending with the user message to answer. */
  messages: ChatMessage[];
  params: GenerationParams;
  signal: AbortSignal;
  /** Regenerate's count for this reply (1, 2…): the offline rehearsal writes another wording; endpoints ignore it. */
  variant?: number;
  /**
   * Ask the endpoint for the reply's token counts (OpenAI's `stream_options.include_usage`).
   * Off by default: some compatible servers refuse a body with fields they do not know.
   */
  includeUsage?: boolean;
}

/**
 * `alternative` on "done": false when a variant was asked for and the provider has no other
 * wording (the offline rehearsal's phrasebook), so the reply is the same text as before.
 * `usage` on "done": the endpoint's token counts, when `includeUsage` asked and it told.
 */
export type ChatEvent =
  | { type: "delta"; text: string }
  | { type: "done"; finishReason: string; alternative?: boolean; usage?: TokenUsage };

export type ProviderErrorKind =
  | "auth" // 401/403: bad or missing key
  | "not-found" // 404: wrong model or base URL
  | "rate-limit" // 429: retryAfterMs when the server says
  | "server" // 5xx
  | "network" // unreachable
  | "cors" // the browser refused the response: the server must allow the studio's origin
  | "interrupted" // the stream was cut mid-reply
  | "malformed" // a chunk that is not valid JSON / not the protocol
  | "timeout" // no first byte in time
  | "stalled" // the stream started, then nothing more came in time
  | "too-long" // the reply passed MAX_REPLY_CHARS: stopped there, its text kept
  | "aborted" // the user pressed Stop, or a newer run replaced this one
  | "bad-request" // 400 and other 4xx
  | "unloaded"; // the studio's own code or data for the reply could not be fetched (offline, new deploy)

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The endpoint's own words about the failure (already scrubbed of the API key), if any. */
  readonly serverMessage: string | undefined;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    options: {
      status?: number;
      retryAfterMs?: number;
      serverMessage?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ProviderError";
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.serverMessage = options.serverMessage;
  }
}

export interface ChatProvider {
  /** Stable id used in the reply cache key, e.g. "rehearsal" or "openai-compatible". */
  readonly id: string;
  stream(request: ChatRequest): AsyncIterable<ChatEvent>;
}

/**
 * Characters of one reply past which the provider stops it (about 50,000 tokens, far beyond
 * any sensible max_tokens): a server that ignores max_tokens once sent 50 MB, which froze
 * the tab for minutes while every frame laid the whole text out again.
 */
export const MAX_REPLY_CHARS = 200_000;

/** Where an OpenAI-compatible endpoint lives. */
export interface EndpointConfig {
  baseURL: string;
  apiKey: string;
  /**
   * Milliseconds to wait for the first byte before a "timeout" error, and then between two
   * chunks before a "stalled" one (a model that hangs mid-reply must not hang the preview).
   */
  firstByteTimeoutMs?: number;
}

/** Known endpoints and a model each serves; the UI names them (ui/i18n/messages/preview.ts). */
export const ENDPOINT_PRESETS = [
  { id: "openai", baseURL: "https://api.openai.com/v1", model: "gpt-4o-mini" },
  { id: "mistral", baseURL: "https://api.mistral.ai/v1", model: "mistral-small-latest" },
  { id: "ollama", baseURL: "http://localhost:11434/v1", model: "llama3.2" },
  { id: "lmstudio", baseURL: "http://localhost:1234/v1", model: "local-model" },
  { id: "custom", baseURL: "", model: "" },
] as const;
export type EndpointPresetId = (typeof ENDPOINT_PRESETS)[number]["id"];
