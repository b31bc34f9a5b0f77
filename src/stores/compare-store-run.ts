/**
 * One side of an A/B comparison: the conversation's user turns answered one after the other on
 * one target, each reply chained on this side's own earlier replies, streamed into the store at
 * most once per animation frame, and read by the meter once done. The shared reply cache is
 * asked first and filled after, with the key the preview and the persona tests use.
 */
import { historyFor } from "../core/compare/align";
import type { CompareReading } from "../core/compare/types";
import type { Persona } from "../core/persona/schema";
import type { TestTarget } from "../core/persona-tests/types";
import { providerFailure, type ProviderFailure } from "../providers/errors";
import { replyKey, type ReplyCacheLike } from "../providers/reply-cache";
import { replySourceOf } from "../providers/test-generate";
import type { ChatProvider } from "../providers/types";
import { streamInto, type FrameScheduler } from "./chat-run";
import type { LiveReply } from "./compare-store-state";

export interface SideRun {
  persona: Persona;
  systemPrompt: string;
  target: TestTarget;
  users: readonly string[];
  provider(): ChatProvider | Promise<ChatProvider>;
  cache?: ReplyCacheLike;
  frame: FrameScheduler;
  signal: AbortSignal;
  /** The meter's reading of a finished reply (loaded lazily by the store). */
  read(persona: Persona, text: string): Promise<readonly CompareReading[]>;
  /** Called with the side's replies each time they change (a new array each time). */
  update(replies: readonly LiveReply[]): void;
}

export async function runSide(run: SideRun): Promise<void> {
  const { target, users, signal, cache } = run;
  let replies: LiveReply[] = users.map(() => ({ text: "", status: "queued" }));
  const put = (turn: number, reply: LiveReply) => {
    replies = replies.map((r, i) => (i === turn ? reply : r));
    run.update(replies);
  };
  run.update(replies);
  const source = replySourceOf(target);
  for (let turn = 0; turn < users.length; turn++) {
    if (signal.aborted) {
      put(turn, { text: "", status: "stopped" });
      continue;
    }
    const messages = historyFor(users, replies, turn);
    const key = replyKey({
      ...source,
      systemPrompt: run.systemPrompt,
      persona: run.persona,
      messages,
    });
    const hit = cache?.get(key);
    let text = hit ?? "";
    if (hit === undefined) {
      put(turn, { text: "", status: "streaming" });
      const sink = {
        text: "",
        paint: (painted: string) => {
          if (!signal.aborted) put(turn, { text: painted, status: "streaming" });
        },
      };
      try {
        const provider = await run.provider();
        await streamInto(
          provider,
          {
            systemPrompt: run.systemPrompt,
            persona: run.persona,
            messages,
            params: source.params,
            signal,
          },
          sink,
          run.frame,
        );
        text = sink.text;
        cache?.set(key, text);
      } catch (error) {
        const failure: ProviderFailure = providerFailure(error);
        const stopped = failure.kind === "aborted";
        put(turn, { text: sink.text, status: stopped ? "stopped" : "error", failure });
        // The next turns would answer a conversation this side never had: they wait for a re-run.
        for (let next = turn + 1; next < users.length; next++)
          put(next, { text: "", status: "stopped" });
        return;
      }
    }
    put(turn, { text, status: "done", ...(hit === undefined ? {} : { cached: true }) });
    // A finished reply is read even after a Stop: its text is whole.
    const readings = await run.read(run.persona, text);
    put(turn, { ...replies[turn]!, readings });
  }
}
