/**
 * Writes the test server's responses: the OpenAI wire format (SSE `data: {json}\n\n` chunks ending
 * with `data: [DONE]`), recorded bodies byte for byte, and each fault the studio must survive.
 */
import type { ServerResponse } from "node:http";
import {
  BAD_GATEWAY_HTML,
  chunkJson,
  errorBody,
  hugePieces,
  longWords,
  readReplay,
  splitWords,
  type LlmMode,
} from "./modes";
import type { RecordedRequest, ReplyScript } from "./server";
import { modelReply } from "./sim/model";

export interface ReplyContext {
  record: RecordedRequest;
  res: ServerResponse;
  mode: LlmMode;
  script: ReplyScript | undefined;
  chunkDelayMs: number;
  maxHangMs: number;
  models: string[];
  timers: Set<ReturnType<typeof setTimeout>>;
  /** The usage chunk's prompt_tokens (1 unless the simulated model counts them). */
  promptTokens?: number;
}

interface ChatBody {
  model?: string;
  stream?: boolean;
  max_tokens?: number;
  messages?: { role: string; content: unknown }[];
  stream_options?: { include_usage?: boolean };
}

/** Waits, but never past the response's end and never longer than maxHangMs. */
function sleep(ctx: ReplyContext, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.min(ms, ctx.maxHangMs));
    function done() {
      clearTimeout(timer);
      ctx.timers.delete(timer);
      ctx.res.off("close", done);
      resolve();
    }
    ctx.timers.add(timer);
    ctx.res.once("close", done);
  });
}

const open = (ctx: ReplyContext) => !ctx.res.destroyed && !ctx.res.writableEnded;

function cut(ctx: ReplyContext): void {
  ctx.record.outcome = "server-cut";
  ctx.res.socket?.destroy();
}

function json(
  ctx: ReplyContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  ctx.res
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

export async function writeReply(ctx: ReplyContext, route: "chat" | "models"): Promise<void> {
  const { mode } = ctx;
  if (mode.kind === "hang") {
    // Say nothing; the client's timeout or abort ends it, else we cut it after maxHangMs.
    await sleep(ctx, ctx.maxHangMs);
    if (open(ctx)) cut(ctx);
    return;
  }
  if (mode.kind === "status") return writeStatus(ctx, mode);
  if (mode.kind === "slow-first-byte") await sleep(ctx, mode.delayMs);
  if (!open(ctx)) return;
  if (route === "models") {
    const data = ctx.models.map((id) => ({
      id,
      object: "model",
      created: 1_700_000_000,
      owned_by: "psydesign-test",
    }));
    return json(ctx, 200, { object: "list", data });
  }
  const body = (ctx.record.body ?? {}) as ChatBody;
  if (mode.kind === "replay") return writeReplay(ctx, mode);
  if (mode.kind === "model") {
    // Waited before the reply is written: the writing is synchronous, and requests sent together
    // must wait together, as they do on a real endpoint, not one after another.
    await sleep(ctx, mode.latencyMs ?? 0);
    const reply = modelReply(mode, body);
    if (!open(ctx)) return;
    const answered = { ...ctx, script: () => reply.text, promptTokens: reply.promptTokens };
    return body.stream === true ? writeStream(answered, body) : writeCompletion(answered, body);
  }
  if (body.stream !== true) return writeCompletion(ctx, body);
  return writeStream(ctx, body);
}

function writeStatus(ctx: ReplyContext, mode: Extract<LlmMode, { kind: "status" }>): void {
  const key = ctx.record.headers.authorization?.replace(/^Bearer\s+/i, "");
  const headers: Record<string, string> = {};
  if (mode.retryAfter !== undefined) headers["retry-after"] = mode.retryAfter;
  if (mode.retryAfterMs !== undefined) headers["retry-after-ms"] = mode.retryAfterMs;
  if (mode.status === 502 && mode.body === undefined) {
    ctx.res.writeHead(502, { "content-type": "text/html", ...headers }).end(BAD_GATEWAY_HTML);
    return;
  }
  json(ctx, mode.status, mode.body ?? errorBody(mode.status, key, mode.echoKey), headers);
}

function replyWords(ctx: ReplyContext, body: ChatBody): { words: string[]; finish: string } {
  if (ctx.mode.kind === "long") return { words: longWords(ctx.mode.tokens), finish: "stop" };
  // A misbehaving server: it ignores max_tokens, as the studio's cap must not rely on it.
  if (ctx.mode.kind === "huge")
    return { words: hugePieces(ctx.mode.chars, ctx.mode.chunkChars), finish: "stop" };
  const lastUser = (body.messages ?? []).toReversed().find((m) => m.role === "user");
  const text = ctx.script
    ? ctx.script(ctx.record)
    : `Reply to: ${typeof lastUser?.content === "string" ? lastUser.content : ""}`;
  const words = splitWords(text);
  // One word stands for one token, so max_tokens truncates the way a model would.
  if (body.max_tokens !== undefined && body.max_tokens < words.length)
    return { words: words.slice(0, body.max_tokens), finish: "length" };
  return { words, finish: "stop" };
}

function usage(ctx: ReplyContext, completion: number) {
  const prompt = ctx.promptTokens ?? 1;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
}

function writeCompletion(ctx: ReplyContext, body: ChatBody): void {
  const { words, finish } = replyWords(ctx, body);
  json(ctx, 200, {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_727_346_168,
    model: body.model ?? "mock-model",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: words.join(""), refusal: null },
        logprobs: null,
        finish_reason: finish,
      },
    ],
    usage: usage(ctx, words.length),
  });
}

async function writeStream(ctx: ReplyContext, body: ChatBody): Promise<void> {
  const { res, mode } = ctx;
  const { words, finish } = replyWords(ctx, body);
  const model = body.model ?? "mock-model";
  const id = "chatcmpl-test";
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  res.flushHeaders();
  const send = (data: string) => res.write(`data: ${data}\n\n`);
  // Past the socket's buffer, wait for the client to read: a huge reply must not pile up here.
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      res.once("drain", done);
      res.once("close", done);
    });
  send(chunkJson(id, model, { role: "assistant", content: "", refusal: null }, null));

  // A fault asked for after more chunks than the reply has still happens, just before the end.
  const stopAfter = "afterChunks" in mode ? Math.min(mode.afterChunks, words.length) : -1;
  const started = Date.now();
  for (let i = 0; i <= words.length; i++) {
    if (!open(ctx)) return;
    if (i === stopAfter) {
      if (mode.kind === "cut") return cut(ctx);
      if (mode.kind === "stall") {
        // Say nothing more; the client's idle timeout or abort ends it, else we cut it after maxHangMs.
        await sleep(ctx, ctx.maxHangMs);
        if (open(ctx)) cut(ctx);
        return;
      }
      if (mode.kind === "end-early") return void res.end();
      if (mode.kind === "malformed")
        send(
          `{"id":"${id}","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"oops`,
        );
      if (mode.kind === "stream-error")
        send(
          JSON.stringify({
            error: {
              message: "The model crashed while generating.",
              type: "server_error",
              code: null,
            },
          }),
        );
      send("[DONE]");
      return void res.end();
    }
    if (i === words.length) break;
    if (mode.kind === "long") {
      // Pace by the clock, not per word, so 5,000 tokens do not need 5,000 timers.
      const due =
        mode.tokensPerSecond > 0 ? started + (i * 1000) / mode.tokensPerSecond - Date.now() : 0;
      if (due > 4) await sleep(ctx, due);
    } else if (i > 0 && mode.kind !== "huge") {
      await sleep(
        ctx,
        mode.kind === "echo" || mode.kind === "model"
          ? (mode.chunkDelayMs ?? ctx.chunkDelayMs)
          : ctx.chunkDelayMs,
      );
    }
    if (!open(ctx)) return;
    if (!send(chunkJson(id, model, { content: words[i] }, null))) await drained();
  }
  send(chunkJson(id, model, {}, finish));
  if (body.stream_options?.include_usage) {
    send(
      JSON.stringify({
        id,
        object: "chat.completion.chunk",
        created: 1_727_346_168,
        model,
        choices: [],
        usage: usage(ctx, words.length),
      }),
    );
  }
  send("[DONE]");
  res.end();
}

async function writeReplay(
  ctx: ReplyContext,
  mode: Extract<LlmMode, { kind: "replay" }>,
): Promise<void> {
  const bytes = readReplay(mode.file);
  ctx.res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
  });
  // Small pieces cut through lines and UTF-8 sequences: the client's SSE decoder must cope.
  const piece = mode.pieceBytes ?? bytes.length;
  for (let at = 0; at < bytes.length; at += piece) {
    if (!open(ctx)) return;
    ctx.res.write(bytes.subarray(at, at + piece));
    if (mode.pieceDelayMs) await sleep(ctx, mode.pieceDelayMs);
  }
  ctx.res.end();
}
