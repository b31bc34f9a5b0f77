/**
 * The offline provider: the rehearsal engine writes the whole reply at once, and this streams it
 * word by word so the preview behaves exactly as with a real model (Stop, partial text, done).
 */
import { rehearse } from "../core/rehearsal/engine";
import { hasLanguageBooks, loadLanguageBooks } from "../core/rehearsal/language-books";
import { ProviderError, type ChatEvent, type ChatProvider, type ChatRequest } from "./types";

export interface RehearsalProviderOptions {
  /**
   * Milliseconds between two words. 0 (the default, used by tests) yields on microtasks only;
   * about 12 ms makes the preview look like a model typing.
   */
  wordDelayMs?: number;
}

export function createRehearsalProvider(options: RehearsalProviderOptions = {}): ChatProvider {
  const wordDelayMs = Math.max(0, options.wordDelayMs ?? 0);
  return { id: "rehearsal", stream: (request) => streamRehearsal(request, wordDelayMs) };
}

/** Splits a text into word-sized chunks that concatenate back to it exactly (spaces stay attached). */
export function wordChunks(text: string): string[] {
  const chunks: string[] = text.match(/\s*\S+/g) ?? [];
  const tail = text.slice(chunks.join("").length);
  if (tail) chunks.push(tail);
  return chunks;
}

async function* streamRehearsal(
  request: ChatRequest,
  wordDelayMs: number,
): AsyncGenerator<ChatEvent> {
  const { signal } = request;
  throwIfAborted(signal);
  // Only the first reply in a language waits: a live replay writes hundreds back to back.
  if (!hasLanguageBooks(request.persona.language)) {
    await loadBooks(request.persona.language);
    throwIfAborted(signal);
  }
  const { text, alternative } = rehearse(request.persona, request.messages, {
    variant: request.variant,
  });
  for (const chunk of wordChunks(text)) {
    if (wordDelayMs > 0) await sleep(wordDelayMs, signal);
    throwIfAborted(signal);
    yield { type: "delta", text: chunk };
  }
  throwIfAborted(signal);
  yield alternative === undefined
    ? { type: "done", finishReason: "stop" }
    : { type: "done", finishReason: "stop", alternative };
}

/** The persona's phrasebook, fetched on its first reply: a failed fetch says so, not "endpoint". */
async function loadBooks(language: ChatRequest["persona"]["language"]): Promise<void> {
  try {
    await loadLanguageBooks(language);
  } catch (cause) {
    throw new ProviderError("unloaded", "The offline rehearsal's phrasebook could not be loaded.", {
      cause,
    });
  }
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new ProviderError("aborted", "The reply was stopped.");
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ProviderError("aborted", "The reply was stopped."));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
