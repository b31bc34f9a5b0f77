/**
 * An OpenAI-compatible server for tests and for trying the studio by hand: real HTTP, real SSE,
 * CORS for the browser, every request recorded. Faults are switched on with `setMode`.
 * Nothing here waits forever: each delay ends by itself, and `close()` destroys open sockets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { writeReply, type ReplyContext } from "./reply";
import type { LlmMode } from "./modes";

export type { LlmMode } from "./modes";

export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-case header names, as Node gives them (the key is in `authorization`). */
  headers: Record<string, string>;
  /** The parsed JSON body, the raw text if it is not JSON, or undefined if empty. */
  body: unknown;
  /** "client-closed" when the client went away before the response ended (e.g. Stop). */
  outcome: "pending" | "finished" | "client-closed" | "server-cut";
  /** Resolves with the outcome once the exchange is over. */
  settled: Promise<RecordedRequest["outcome"]>;
}

/** Writes the text of the echo reply for a request; the default is "Reply to: <last user message>". */
export type ReplyScript = (request: RecordedRequest) => string;

export interface LlmServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Milliseconds between the echo reply's chunks (default 0). */
  chunkDelayMs?: number;
  /** Upper bound for "hang" and any delay (default 10 s): then the socket is destroyed. */
  maxHangMs?: number;
  /** Ids served by GET /v1/models. */
  models?: string[];
  initialMode?: LlmMode;
  /** When set, chat and model requests without `Authorization: Bearer <requireKey>` get OpenAI's 401. */
  requireKey?: string;
  /** Called once per finished exchange, e.g. to log it (the mock-llm script). */
  onExchange?: (request: RecordedRequest, status: number) => void;
}

export interface LlmServer {
  /** Base URL ending in /v1, what the studio's "base URL" field takes. */
  url: string;
  requests: RecordedRequest[];
  /** Chat requests open right now, and the most ever open at once (since start or `reset`). */
  inFlight(): number;
  maxInFlight(): number;
  setMode(mode: LlmMode): void;
  setScript(script: ReplyScript | undefined): void;
  /** Back to the echo mode and no script; clears the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_MODELS = ["gpt-4o-mini", "llama3.2", "mock-model"];
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startLlmServer(options: LlmServerOptions = {}): Promise<LlmServer> {
  const initialMode: LlmMode = options.initialMode ?? { kind: "echo" };
  let mode = initialMode;
  let script: ReplyScript | undefined;
  const requests: RecordedRequest[] = [];
  let open = 0;
  let maxOpen = 0;
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record = await recordRequest(req, res, requests);
    res.on("close", () => options.onExchange?.(record, res.statusCode));
    const current = mode;
    if (current.kind !== "no-cors") setCors(req, res);
    const path = record.path.replace(/\?.*$/, "");
    if (req.method === "OPTIONS") {
      res.writeHead(current.kind === "no-cors" ? 405 : 204).end();
      return;
    }
    const ctx: ReplyContext = {
      record,
      res,
      mode: current,
      script,
      chunkDelayMs: options.chunkDelayMs ?? 0,
      maxHangMs: options.maxHangMs ?? 10_000,
      models: options.models ?? DEFAULT_MODELS,
      timers,
    };
    if (
      options.requireKey !== undefined &&
      record.headers.authorization !== `Bearer ${options.requireKey}`
    ) {
      return writeReply({ ...ctx, mode: { kind: "status", status: 401 } }, "chat");
    }
    if (req.method === "GET" && path === "/v1/models") return writeReply(ctx, "models");
    if (req.method === "POST" && path === "/v1/chat/completions") {
      open++;
      maxOpen = Math.max(maxOpen, open);
      res.once("close", () => open--);
      return writeReply(ctx, "chat");
    }
    // OpenAI's own wording for an unknown route.
    const body = {
      error: {
        message: `Invalid URL (${req.method} ${path})`,
        type: "invalid_request_error",
        param: null,
        code: null,
      },
    };
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;

  return {
    url: `http://${address}:${port}/v1`,
    requests,
    inFlight: () => open,
    maxInFlight: () => maxOpen,
    setMode(next) {
      mode = next;
    },
    setScript(next) {
      script = next;
    },
    reset() {
      mode = initialMode;
      script = undefined;
      requests.length = 0;
      maxOpen = open;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function recordRequest(
  req: IncomingMessage,
  res: ServerResponse,
  requests: RecordedRequest[],
): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text || undefined;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // Not JSON: keep the raw text so a test can see what was sent.
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  let settle!: (outcome: RecordedRequest["outcome"]) => void;
  const settled = new Promise<RecordedRequest["outcome"]>((resolve) => {
    settle = resolve;
  });
  const record: RecordedRequest = {
    method: req.method ?? "GET",
    path: req.url ?? "/",
    headers,
    body,
    outcome: "pending",
    settled,
  };
  res.on("close", () => {
    if (record.outcome === "pending")
      record.outcome = res.writableFinished ? "finished" : "client-closed";
    settle(record.outcome);
  });
  requests.push(record);
  return record;
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("access-control-allow-origin", "*");
  res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  // Echo what the browser asks for: a literal "*" does not cover `authorization`, and the SDK
  // adds its own x-stainless-* headers.
  res.setHeader(
    "access-control-allow-headers",
    req.headers["access-control-request-headers"] ?? "authorization, content-type",
  );
  // Without this the browser hides retry-after from the SDK, and the 429 wait is lost.
  res.setHeader("access-control-expose-headers", "retry-after, retry-after-ms, x-request-id");
  res.setHeader("access-control-max-age", "600");
}
