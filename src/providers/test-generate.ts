/**
 * The persona tests' reply function (core/persona-tests/types.ts `Generate`): one reply for one
 * turn on one target, the offline rehearsal or a model on an OpenAI-compatible endpoint. Around
 * the providers it adds what a batch of requests needs and the preview does not: a timeout per
 * request, retries with backoff that honour the server's retry-after, the preview's reply cache,
 * token usage and latency. Cancelling (the request's signal) closes the HTTP request at once.
 */
import type {
  Generate,
  GenerateRequest,
  GeneratedReply,
  TestTarget,
} from "../core/persona-tests/types";
import { scrubSecret } from "./errors";
import { loadEndpointProvider } from "./load-endpoint";
import { createRehearsalProvider } from "./rehearsal-provider";
import {
  REHEARSAL_SOURCE,
  endpointSource,
  replyKey,
  type ReplyCacheLike,
  type ReplySource,
} from "./reply-cache";
import {
  ProviderError,
  type ChatProvider,
  type EndpointConfig,
  type ProviderErrorKind,
  type TokenUsage,
} from "./types";

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_BACKOFF_MS = 500;
export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;
/** The studio's own defaults for a new endpoint (stores/endpoint-store.ts). */
export const DEFAULT_TEMPERATURE = 0.7;
export const DEFAULT_MAX_TOKENS = 512;

export interface TestGenerateOptions {
  /** The key sent to every endpoint target; never part of an error message. */
  apiKey?: string;
  /** Shared with the preview: the same conversation on the same target is not asked twice. */
  cache?: ReplyCacheLike;
  /** Milliseconds one request may take, first byte to last, before it counts as a "timeout". */
  timeoutMs?: number;
  /** Milliseconds to the first byte, then between two chunks (default: `timeoutMs`). */
  firstByteTimeoutMs?: number;
  /** Further attempts after the first one fails in a way worth retrying (default 3). */
  retries?: number;
  /** The first backoff; each next one doubles, with jitter (default 500 ms). */
  backoffMs?: number;
  /** No single wait between two attempts lasts longer, whatever the server asks (default 60 s). */
  maxRetryWaitMs?: number;
  /** 0..1, for the jitter (tests pass a fixed one). */
  random?: () => number;
  /** Replaces the OpenAI-compatible provider (by default the SDK one, loaded on first use). */
  endpointProvider?: (config: EndpointConfig) => ChatProvider | Promise<ChatProvider>;
}

/** A failed reply, after its retries: the provider's error plus what it cost. */
export class GenerateError extends ProviderError {
  readonly attempts: number;
  readonly latencyMs: number;

  constructor(error: ProviderError, attempts: number, latencyMs: number) {
    super(error.kind, error.message, {
      status: error.status,
      retryAfterMs: error.retryAfterMs,
      serverMessage: error.serverMessage,
      cause: error,
    });
    this.name = "GenerateError";
    this.attempts = attempts;
    this.latencyMs = latencyMs;
  }
}

export const OFFLINE_TARGET: TestTarget = {
  id: "offline",
  kind: "offline",
  label: "Offline rehearsal",
};

function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
}

/**
 * One model on one endpoint. The id is `${baseURL}#${model}`, with the parameters appended when
 * they are not the studio's defaults, so one model at two temperatures makes two targets.
 */
export function endpointTarget(
  baseURL: string,
  model: string,
  params: { temperature?: number; maxTokens?: number } = {},
): TestTarget {
  const temperature = params.temperature ?? DEFAULT_TEMPERATURE;
  const maxTokens = params.maxTokens ?? DEFAULT_MAX_TOKENS;
  const custom = temperature !== DEFAULT_TEMPERATURE || maxTokens !== DEFAULT_MAX_TOKENS;
  return {
    id: `${baseURL}#${model}${custom ? `#t=${temperature},max=${maxTokens}` : ""}`,
    kind: "endpoint",
    label: `${model} · ${hostOf(baseURL)}${custom ? ` · t ${temperature} · ${maxTokens} max` : ""}`,
    baseURL,
    model,
    temperature,
    maxTokens,
  };
}

/** The cache's idea of a target: the same as the preview's for the same settings. */
export function replySourceOf(target: TestTarget): ReplySource {
  if (target.kind === "offline") return REHEARSAL_SOURCE;
  const { baseURL, model, temperature, maxTokens } = target;
  return endpointSource(baseURL, { model, temperature, maxTokens });
}

// Worth another attempt: the failure is on the wire or the server. Never the settings (auth,
// not-found, bad-request), a Stop (aborted), a reply past the cap (too-long would be again),
// or code that did not arrive (unloaded: the browser remembers the failure until a reload).
const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set([
  "rate-limit",
  "server",
  "network",
  "interrupted",
  "timeout",
  "stalled",
]);

const stopped = () => new ProviderError("aborted", "The reply was stopped.");

/** Waits `ms`, or rejects at once when the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(stopped());
    const onAbort = () => {
      clearTimeout(timer);
      reject(stopped());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export function createTestGenerate(options: TestGenerateOptions = {}): Generate {
  const apiKey = options.apiKey ?? "";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  const random = options.random ?? Math.random;
  const rehearsal = createRehearsalProvider();
  const loadEndpoint = options.endpointProvider ?? loadEndpointProvider;
  const endpoints = new Map<string, Promise<ChatProvider>>();

  const providerFor = (target: TestTarget): Promise<ChatProvider> => {
    if (target.kind === "offline") return Promise.resolve(rehearsal);
    let provider = endpoints.get(target.baseURL);
    if (!provider) {
      const config = {
        baseURL: target.baseURL,
        apiKey,
        firstByteTimeoutMs: options.firstByteTimeoutMs ?? timeoutMs,
      };
      provider = Promise.resolve(loadEndpoint(config));
      // A failed import (offline, new deploy) is tried again next time, not kept.
      provider.catch(() => endpoints.delete(target.baseURL));
      endpoints.set(target.baseURL, provider);
    }
    return provider;
  };

  /** One request, with its own timeout on top of the caller's signal. */
  const once = async (
    request: GenerateRequest,
  ): Promise<{ text: string; usage: TokenUsage | undefined }> => {
    const provider = await providerFor(request.target);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    request.signal.addEventListener("abort", onAbort, { once: true });
    if (request.signal.aborted) controller.abort();
    const { params } = replySourceOf(request.target);
    let text = "";
    let usage: TokenUsage | undefined;
    try {
      const events = provider.stream({
        systemPrompt: request.systemPrompt,
        persona: request.persona,
        messages: request.messages,
        params,
        signal: controller.signal,
        includeUsage: request.target.kind === "endpoint",
      });
      for await (const event of events) {
        if (event.type === "delta") text += event.text;
        else usage = event.usage;
      }
      return { text, usage };
    } catch (error) {
      if (timedOut && !request.signal.aborted) {
        throw new ProviderError(
          "timeout",
          `The endpoint did not finish the reply within ${Number((timeoutMs / 1000).toFixed(1))} s.`,
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", onAbort);
    }
  };

  /**
   * How long to wait before attempt `next` (2, 3…): the server's word plus a little (up to 10 %,
   * at most 1 s, so that conversations rate-limited together do not all come back at once),
   * else exponential backoff with as much again of jitter.
   */
  const waitBefore = (next: number, error: ProviderError): number => {
    const backoff = backoffMs * 2 ** (next - 2);
    const asked = error.retryAfterMs;
    const wait =
      asked === undefined
        ? backoff + random() * backoff
        : asked + random() * Math.min(asked * 0.1, 1_000);
    return Math.min(Math.max(0, wait), maxRetryWaitMs);
  };

  return async (request) => {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const key = options.cache
      ? replyKey({
          ...replySourceOf(request.target),
          systemPrompt: request.systemPrompt,
          persona: request.persona,
          messages: request.messages,
        })
      : "";
    const hit = options.cache?.get(key);
    if (hit !== undefined) return { text: hit, cached: true, attempts: 0, latencyMs: elapsed() };

    for (let attempt = 1; ; attempt++) {
      let failure: ProviderError;
      try {
        if (request.signal.aborted) throw stopped();
        const { text, usage } = await once(request);
        options.cache?.set(key, text);
        const reply: GeneratedReply = {
          text,
          cached: false,
          attempts: attempt,
          latencyMs: elapsed(),
        };
        return usage === undefined ? reply : { ...reply, usage };
      } catch (error) {
        failure = request.signal.aborted ? stopped() : asProviderError(error, apiKey);
      }
      if (failure.kind === "aborted" || !RETRYABLE.has(failure.kind) || attempt > retries)
        throw new GenerateError(failure, attempt, elapsed());
      try {
        await sleep(waitBefore(attempt + 1, failure), request.signal);
      } catch {
        throw new GenerateError(stopped(), attempt, elapsed());
      }
    }
  };
}

/** Anything thrown (a failed SDK import, a bug) as a ProviderError whose message holds no key. */
function asProviderError(error: unknown, apiKey: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new ProviderError(
    "network",
    scrubSecret(`The request could not be sent: ${text}`, apiKey),
  );
}
