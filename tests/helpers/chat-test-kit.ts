/**
 * Test helpers for the chat store: a studio over a test persona, and small fakes of OUR
 * ChatProvider interface (never of the openai SDK). Imported by tests only.
 */
import type { Scenario } from "../../src/core/scenarios/types";
import * as codec from "../../src/core/persona/lazy-codec";
import {
  ProviderError,
  type ChatEvent,
  type ChatProvider,
  type ChatRequest,
} from "../../src/providers/types";
import { makePersona } from "./make-persona";
import { createChatStore, type ChatDeps, type Connection } from "../../src/stores/chat-store";
import { createStudio } from "../../src/stores/studio";

export const SCENARIO: Scenario = {
  id: "three",
  title: "Three turns",
  language: "fr",
  turns: ["Bonjour", "Et ensuite ?", "Merci"],
};

export function testStudio() {
  let clock = 1_000;
  const studio = createStudio({
    tabId: "tab",
    now: () => ++clock,
    presets: [makePersona({ id: "guichet" })],
    codec,
  });
  studio.ensureStarted("fr");
  return studio;
}

export interface FakeProvider extends ChatProvider {
  requests: ChatRequest[];
}

/**
 * Answers "reply N to <last message>" word by word, one word per `delayMs` (0: microtasks).
 * `fail` throws after `failAfter` words.
 */
export function fakeProvider(
  options: {
    id?: string;
    delayMs?: number;
    words?: number;
    fail?: ProviderError | Error;
    failAfter?: number;
  } = {},
): FakeProvider {
  const requests: ChatRequest[] = [];
  async function* stream(request: ChatRequest): AsyncGenerator<ChatEvent> {
    requests.push(request);
    const n = requests.length;
    const last = request.messages.at(-1)?.content ?? "";
    const words = [
      `reply ${n}`,
      ...Array.from({ length: (options.words ?? 3) - 1 }, (_, i) => `w${i}`),
      `to ${last}`,
    ];
    for (const [i, word] of words.entries()) {
      if (options.fail && i === (options.failAfter ?? 0)) throw options.fail;
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (request.signal.aborted) throw new ProviderError("aborted", "stopped");
      yield { type: "delta", text: i === 0 ? word : ` ${word}` };
    }
    yield { type: "done", finishReason: "stop" };
  }
  return { id: options.id ?? "fake", requests, stream };
}

export function connectionTo(provider: ChatProvider, offline = false): Connection {
  return {
    providerId: provider.id,
    baseURL: "http://127.0.0.1:9/v1",
    params: { model: "test-model", temperature: 0.7, maxTokens: 64 },
    offline,
    load: () => provider,
  };
}

export function chatWith(
  provider: ChatProvider,
  options: { offline?: boolean; frame?: ChatDeps["frame"] } = {},
) {
  const studio = testStudio();
  const chat = createChatStore({
    studio,
    connection: () => connectionTo(provider, options.offline),
    scenarios: () => [SCENARIO],
    frame: options.frame ?? ((paint) => queueMicrotask(paint)),
  });
  return { studio, chat };
}

/** Lets every pending microtask and stream step run (real timers). */
export const settle = async (rounds = 20) => {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Waits (real timers) until the run in flight has ended. */
export async function finished(chat: ReturnType<typeof createChatStore>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { status } = chat.getState();
    if (status !== "submitted" && status !== "streaming") return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error("the run never ended");
}
