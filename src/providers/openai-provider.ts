/**
 * Any OpenAI-compatible endpoint (OpenAI, Mistral, Ollama, LM Studio…) through the official SDK.
 * The only file that imports `openai`: callers load it with `await import(...)` so the SDK stays
 * out of the first bundle. Every failure leaves as a ProviderError whose message never holds the key.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { scrubSecret } from "./errors";
import {
  MAX_REPLY_CHARS,
  ProviderError,
  type ChatEvent,
  type ChatProvider,
  type ChatRequest,
  type EndpointConfig,
  type ProviderErrorKind,
  type TokenUsage,
} from "./types";

export const DEFAULT_FIRST_BYTE_TIMEOUT_MS = 20_000;

/** Streams replies from an OpenAI-compatible `/chat/completions` endpoint. */
export function createOpenAIProvider(config: EndpointConfig): ChatProvider {
  return { id: "openai-compatible", stream: (request) => streamReply(config, request) };
}

/** The model ids the endpoint offers (GET /models), for the settings dialog. */
export async function listModels(config: EndpointConfig, signal?: AbortSignal): Promise<string[]> {
  const attempt = new Attempt(config, signal);
  try {
    const client = makeClient(config);
    const ids: string[] = [];
    // A page is async-iterable across pages; compatible servers answer in one page.
    for await (const model of client.models.list({ signal: attempt.controller.signal })) {
      attempt.received();
      ids.push(model.id);
    }
    return ids.toSorted();
  } catch (error) {
    throw attempt.toProviderError(error, "connecting");
  } finally {
    attempt.dispose();
  }
}

async function* streamReply(
  config: EndpointConfig,
  request: ChatRequest,
): AsyncGenerator<ChatEvent> {
  const attempt = new Attempt(config, request.signal);
  let phase: "connecting" | "streaming" = "connecting";
  try {
    const client = makeClient(config);
    const { params } = request;
    const stream = await client.chat.completions.create(
      {
        model: params.model,
        messages: [{ role: "system", content: request.systemPrompt }, ...request.messages],
        temperature: params.temperature,
        // Not max_completion_tokens: newer OpenAI models prefer it, but compatible servers
        // (Ollama, LM Studio, vLLM, Mistral) only know max_tokens.
        max_tokens: params.maxTokens,
        stream: true,
        // Only when asked: the preview must keep sending the body every compatible server knows.
        ...(request.includeUsage ? { stream_options: { include_usage: true } } : {}),
      },
      { signal: attempt.controller.signal },
    );
    phase = "streaming";
    let finishReason: string | undefined;
    let usage: TokenUsage | undefined;
    let length = 0;
    for await (const chunk of stream) {
      attempt.received();
      // The usage arrives last, in a chunk of its own with no choices.
      if (chunk.usage) {
        usage = {
          promptTokens: chunk.usage.prompt_tokens,
          completionTokens: chunk.usage.completion_tokens,
        };
      }
      // With n > 1 the choices arrive interleaved, one per chunk: the studio shows choice 0.
      const choice = chunk.choices.find((c) => c.index === 0);
      if (!choice) continue;
      // A refusal arrives in `delta.refusal` with no content: show it, or the reply would be blank.
      const text = choice.delta.content ?? choice.delta.refusal;
      if (text && length + text.length > MAX_REPLY_CHARS) {
        const kept = keepWhole(text, MAX_REPLY_CHARS - length);
        if (kept) yield { type: "delta", text: kept };
        // Drop the connection now: every further byte is work for the page and cost for the designer.
        attempt.controller.abort();
        throw attempt.fail(
          "too-long",
          `The reply passed ${MAX_REPLY_CHARS} characters: it was stopped there.`,
        );
      }
      if (text) {
        length += text.length;
        yield { type: "delta", text };
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
    // The SDK ends the iteration quietly on abort and when the body ends without [DONE].
    attempt.throwIfStopped();
    if (finishReason === undefined) {
      throw new ProviderError(
        "interrupted",
        "The reply was cut off: the stream ended before the endpoint said it had finished.",
      );
    }
    yield usage === undefined
      ? { type: "done", finishReason }
      : { type: "done", finishReason, usage };
  } catch (error) {
    throw attempt.toProviderError(error, phase);
  } finally {
    attempt.dispose();
  }
}

/** The first `room` UTF-16 units of `text`, without splitting a surrogate pair. */
function keepWhole(text: string, room: number): string {
  const code = text.charCodeAt(room - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? room - 1 : room);
}

function makeClient(config: EndpointConfig): OpenAI {
  const apiKey = config.apiKey.trim();
  const baseURL = config.baseURL.trim().replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/i.test(baseURL) || !URL.canParse(baseURL)) {
    throw new ProviderError(
      "not-found",
      `The base URL "${scrubSecret(baseURL, apiKey)}" is not a valid http(s) address.`,
    );
  }
  return new OpenAI({
    // The SDK insists on a key; local servers need none, so an empty key sends no header at all.
    apiKey: apiKey || "no-key",
    ...(apiKey ? {} : { defaultHeaders: { Authorization: null } }),
    baseURL,
    // The key stays in the user's own browser and goes only to the endpoint they chose.
    dangerouslyAllowBrowser: true,
    // The studio decides about retries (it shows Retry and the rate-limit wait).
    maxRetries: 0,
    // Never pick up OPENAI_* variables from a Node environment (tests, CLI).
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    // The studio reports failures itself; the SDK would also print raw chunks to the console.
    logLevel: "off",
    // Looked up at call time so a patched or polyfilled fetch is honoured; unbound for browsers.
    fetch: (input, init) => globalThis.fetch(input, init),
  });
}

/**
 * One request's abort wiring: the user's signal plus a watchdog (first the wait for the first
 * byte, then the same wait between two chunks), and error mapping.
 */
class Attempt {
  readonly controller = new AbortController();
  /** Why the watchdog dropped the request, if it did. */
  private expired: "first-byte" | "stalled" | undefined;
  private timer: ReturnType<typeof setTimeout>;
  private readonly waitMs: number;
  private readonly onAbort = () => this.controller.abort();

  constructor(
    private readonly config: EndpointConfig,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (signal?.aborted) this.controller.abort();
    signal?.addEventListener("abort", this.onAbort, { once: true });
    this.waitMs = config.firstByteTimeoutMs ?? DEFAULT_FIRST_BYTE_TIMEOUT_MS;
    this.timer = this.watch("first-byte");
  }

  private watch(reason: "first-byte" | "stalled"): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      this.expired = reason;
      this.controller.abort();
    }, this.waitMs);
  }

  /** A chunk arrived: the next one has the same wait to come. */
  received(): void {
    clearTimeout(this.timer);
    this.timer = this.watch("stalled");
  }

  throwIfStopped(): void {
    if (this.expired === "first-byte")
      throw this.fail("timeout", "The endpoint did not start answering in time.");
    if (this.expired === "stalled")
      throw this.fail(
        "stalled",
        "The endpoint stopped sending mid-reply: nothing more came in time.",
      );
    if (this.signal?.aborted) throw this.fail("aborted", "The reply was stopped.");
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this.onAbort);
  }

  fail(
    kind: ProviderErrorKind,
    message: string,
    options: ConstructorParameters<typeof ProviderError>[2] = {},
  ) {
    const serverMessage = options.serverMessage
      ? this.scrub(options.serverMessage).slice(0, 300)
      : undefined;
    return new ProviderError(kind, this.scrub(message), { ...options, serverMessage });
  }

  toProviderError(error: unknown, phase: "connecting" | "streaming"): ProviderError {
    // Our own stop reasons win: an abort surfaces from the SDK as many different errors.
    if (this.expired !== undefined || this.signal?.aborted) {
      try {
        this.throwIfStopped();
      } catch (stopped) {
        return stopped as ProviderError;
      }
    }
    // Ours already (a bad base URL, a stream without finish_reason): built without the key.
    if (error instanceof ProviderError) return error;
    if (error instanceof APIConnectionTimeoutError)
      return this.fail("timeout", "The endpoint did not answer in time.");
    if (error instanceof APIConnectionError) {
      // In a browser a CORS refusal is a bare "Failed to fetch", indistinguishable from a server that is down.
      const cause = error.cause instanceof Error ? describeCause(error.cause) : "";
      return this.fail(
        "network",
        `Could not reach the endpoint at ${this.config.baseURL}: the server is unreachable, or it does not allow ` +
          `requests from this page's origin (CORS).${cause ? ` (${cause})` : ""}`,
        { cause: error },
      );
    }
    if (error instanceof APIError) return this.fromStatus(error);
    if (error instanceof SyntaxError) {
      return this.fail("malformed", "The endpoint sent a chunk that is not valid JSON.", {
        cause: error,
      });
    }
    if (phase === "streaming") {
      // undici says "terminated", browsers "network error": the connection dropped mid-reply.
      return this.fail("interrupted", "The reply was cut off: the connection closed mid-reply.", {
        cause: error,
      });
    }
    const text = error instanceof Error ? error.message : String(error);
    return this.fail("network", `The request could not be sent: ${text}`, { cause: error });
  }

  private fromStatus(error: APIError): ProviderError {
    const { status } = error;
    const serverMessage = serverWords(error);
    // No `cause`: the SDK error's message quotes the body verbatim, which may hold the key.
    const options = { status, serverMessage };
    if (status === undefined) {
      // `data: {"error": …}` inside the stream: the server gave up mid-reply.
      return this.fail("server", "The endpoint reported an error mid-reply.", options);
    }
    if (status === 401 || status === 403)
      return this.fail("auth", `The endpoint refused the API key (${status}).`, options);
    if (status === 404)
      return this.fail(
        "not-found",
        "No such model or URL (404): check the model name and the base URL.",
        options,
      );
    if (status === 429) {
      const retryAfterMs = retryAfter(error.headers, serverMessage);
      const wait =
        retryAfterMs === undefined
          ? ""
          : ` Retry in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
      return this.fail("rate-limit", `The endpoint is rate-limiting requests (429).${wait}`, {
        ...options,
        retryAfterMs,
      });
    }
    if (status >= 500) {
      // A 503 may say when the service will be back, as a 429 does (RFC 9110 §10.2.3).
      const retryAfterMs = retryAfter(error.headers);
      return this.fail(
        "server",
        `The endpoint had a server error (${status}).`,
        retryAfterMs === undefined ? options : { ...options, retryAfterMs },
      );
    }
    return this.fail("bad-request", `The endpoint refused the request (${status}).`, options);
  }

  private scrub(text: string): string {
    return scrubSecret(text, this.config.apiKey);
  }
}

/** The server's own message, unless it is an HTML error page (proxies send those for 502/503). */
function serverWords(error: APIError): string | undefined {
  const body = error.error as { message?: unknown } | undefined;
  const text =
    typeof body?.message === "string" ? body.message : error.message.replace(/^\d{3}\s+/, "");
  if (!text || /<(html|!doctype|body)\b/i.test(text) || /status code \(no body\)/.test(text))
    return undefined;
  return text;
}

/** Milliseconds to wait, from `retry-after-ms`, `retry-after` (seconds or HTTP date) or OpenAI's wording. */
export function retryAfter(headers: Headers | undefined, message?: string): number | undefined {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const header = headers?.get("retry-after")?.trim();
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header)) return Number.parseFloat(header) * 1000;
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  // "Please try again in 26.604s." / "in 6ms." (OpenAI's 429 bodies)
  const said = message?.match(/try again in (\d+(?:\.\d+)?)\s*(ms|s)\b/i);
  if (said?.[1]) return Number.parseFloat(said[1]) * (said[2]?.toLowerCase() === "ms" ? 1 : 1000);
  return undefined;
}

function describeCause(cause: Error): string {
  const inner = cause.cause instanceof Error ? cause.cause : undefined;
  const code = (inner as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : (inner?.message ?? cause.message);
}
