/**
 * What the test server does with a chat request: the default echo reply, a simulated model that
 * follows its system prompt (sim/), a long timed reply for the streaming bench, a recorded body
 * replayed byte for byte, or one of the faults the studio must explain (HTTP errors with real bodies, cut streams, bad chunks, silence).
 */
import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import type { Behaviour } from "./sim/behaviour";

export type FaultStatus = 400 | 401 | 403 | 404 | 422 | 429 | 500 | 502 | 503;

export type LlmMode =
  /** The default: "Reply to: <last user message>" streamed word by word. */
  | { kind: "echo"; chunkDelayMs?: number }
  /** `tokens` words at `tokensPerSecond` (the streaming bench). */
  | { kind: "long"; tokens: number; tokensPerSecond: number }
  /** An HTTP error with a real OpenAI body where one was recorded. */
  | {
      kind: "status";
      status: FaultStatus;
      retryAfter?: string;
      retryAfterMs?: string;
      body?: unknown;
      echoKey?: boolean;
    }
  /** Headers and `afterChunks` chunks, then the socket is destroyed (no [DONE], no finish_reason). */
  | { kind: "cut"; afterChunks: number }
  /** Like "cut" but the response ends cleanly, as a proxy that drops the tail would. */
  | { kind: "end-early"; afterChunks: number }
  /** `afterChunks` good chunks, then a `data:` line that is not JSON. */
  | { kind: "malformed"; afterChunks: number }
  /** An `{"error": …}` event inside the stream, as vLLM/OpenRouter send when generation fails. */
  | { kind: "stream-error"; afterChunks: number }
  /** `afterChunks` good chunks, then silence with the connection open (a stalled model). */
  | { kind: "stall"; afterChunks: number }
  /** A reply of `chars` characters in chunks of `chunkChars` (default 1,000), as fast as the client reads. */
  | { kind: "huge"; chars: number; chunkChars?: number }
  /** Nothing at all, not even headers, until the client gives up (or `maxHangMs` passes). */
  | { kind: "hang" }
  /** The normal reply, but the headers and first chunk come after `delayMs`. */
  | { kind: "slow-first-byte"; delayMs: number }
  /** A recorded body served byte for byte (a fixture name or an absolute path), optionally in small pieces. */
  | { kind: "replay"; file: string; pieceBytes?: number; pieceDelayMs?: number }
  /** A normal reply without any CORS headers: what a browser refuses. */
  | { kind: "no-cors" }
  /**
   * The simulated model (sim/): a reply that follows the system prompt, with the behaviour's
   * slips, per model name when `behaviour` is a function. `latencyMs` is waited before the reply
   * is written, so the first chunk comes after it (plus the writing, some 15 ms); `chunkDelayMs`
   * is the time between chunks (default: the server's).
   */
  | {
      kind: "model";
      behaviour: Behaviour | ((model: string) => Behaviour);
      latencyMs?: number;
      chunkDelayMs?: number;
    };

const FIXTURES = fileURLToPath(new URL("../fixtures/openai-sse/", import.meta.url));

export function readReplay(file: string): Buffer {
  return readFileSync(
    isAbsolute(file) ? file : FIXTURES + (file.endsWith(".sse") ? file : `${file}.sse`),
  );
}

interface ErrorExample {
  status: number;
  variant?: string;
  body: unknown;
}

let realBodies: ErrorExample[] | undefined;

/** Real OpenAI error bodies (from public issues) where one exists, else the same shape, marked synthetic. */
export function errorBody(status: FaultStatus, key: string | undefined, echoKey = false): unknown {
  realBodies ??= (
    JSON.parse(readFileSync(FIXTURES + "openai_error_bodies.json", "utf8")) as {
      examples: ErrorExample[];
    }
  ).examples;
  if (status === 401 && echoKey) {
    // Some compatible servers quote the whole key back: the studio must still never show it.
    return {
      error: {
        message: `Incorrect API key provided: ${key ?? ""}.`,
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    };
  }
  const real = realBodies.find(
    (example) => example.status === status && !example.variant?.includes("quota"),
  );
  if (real) return real.body;
  const synthetic: Record<number, [string, string, string | null]> = {
    400: [
      "Invalid value for 'temperature': must be between 0 and 2.",
      "invalid_request_error",
      "invalid_value",
    ],
    403: [
      "Project does not have access to this model.",
      "invalid_request_error",
      "model_not_found",
    ],
    404: [
      "The model `no-such-model` does not exist or you do not have access to it.",
      "invalid_request_error",
      "model_not_found",
    ],
    422: ["Unprocessable request.", "invalid_request_error", null],
    503: ["The engine is currently overloaded, please try again later.", "server_error", null],
  };
  const [message, type, code] = synthetic[status] ?? ["Error.", "server_error", null];
  return { error: { message, type, param: null, code } };
}

/** A 502 as proxies (nginx, Cloudflare) really send it: HTML, not JSON. */
export const BAD_GATEWAY_HTML =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

export function chunkJson(
  id: string,
  model: string,
  delta: Record<string, unknown>,
  finishReason: string | null,
): string {
  return JSON.stringify({
    id,
    object: "chat.completion.chunk",
    created: 1_727_346_168,
    model,
    system_fingerprint: "fp_test",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  });
}

/** Words of a reply, each with its leading space, so that they concatenate to the text. */
export function splitWords(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/** `chars` characters of text in pieces of `chunkChars`: one array slot per chunk, all sharing one string. */
export function hugePieces(chars: number, chunkChars = 1_000): string[] {
  const piece = "All work and no play makes a very long reply. "
    .repeat(Math.ceil(chunkChars / 46))
    .slice(0, chunkChars);
  const whole = Math.floor(chars / chunkChars);
  const rest = chars - whole * chunkChars;
  return [
    ...Array.from({ length: whole }, () => piece),
    ...(rest > 0 ? [piece.slice(0, rest)] : []),
  ];
}

export function longWords(tokens: number): string[] {
  const words = [
    "the",
    "persona",
    "speaks",
    "in",
    "a",
    "steady",
    "voice",
    "and",
    "keeps",
    "its",
    "register",
  ];
  return Array.from(
    { length: tokens },
    (_, i) => `${i === 0 ? "" : " "}${words[i % words.length]}`,
  );
}
