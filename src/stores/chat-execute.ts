/**
 * A run of the preview's conversation: the queued replies of the open persona answered in
 * order, from the cache or a provider, sliced when it is all main-thread work. chat-store.ts
 * owns the state and says which run is in flight; this file only writes replies.
 */
import type { ReplyCacheLike } from "../providers/reply-cache";
import { ProviderError } from "../providers/types";
import { systemPromptNow, systemPromptOf } from "./compiler";
import { streamInto, type FrameScheduler, type ReplySink } from "./chat-run";
import {
  historyBefore,
  isQueuedReply,
  type ChatDeps,
  type ChatState,
  type ReplyVersion,
  type RunOptions,
  type Turn,
} from "./chat-types";
import { readsPersona, replyHead } from "./reply-cache";
import { createRunKeys } from "./run-keys";
import type { SliceScheduler } from "./run-slices";

export interface Run {
  controller: AbortController;
  personaId: string;
  turnId: string | null;
  sink: ReplySink | null;
  /** Writes the replies a live run finished but has not shown yet (see `execute`). */
  flush(): void;
}

/** What a run reads and writes of its chat store. */
export interface RunContext {
  deps: ChatDeps;
  cache: ReplyCacheLike;
  frame: FrameScheduler;
  slices: SliceScheduler;
  turnsOf(personaId: string): readonly Turn[];
  setTurns(personaId: string, turns: readonly Turn[], extra?: Partial<ChatState>): void;
  set(partial: Partial<ChatState>): void;
  get(): ChatState;
  /** Ends the run in flight; its turns become `mark` ("stopped" for Stop, "queued" for a rerun). */
  endRun(mark: "stopped" | "queued" | null): void;
  current(): Run | null;
  setCurrent(run: Run | null): void;
}

/**
 * Answers every queued reply of the open persona's conversation, in order. A live run
 * keeps each reply's last text on screen until its new one is ready, shows the new ones
 * a slice at a time (one store update per slice, not two per reply), and gives the page
 * its main thread back between slices: a slider step over a long conversation must paint
 * at once, not after hundreds of replies.
 */
export async function execute(ctx: RunContext, options: RunOptions = {}): Promise<void> {
  const { deps, cache, frame, slices, turnsOf, setTurns, set, get, endRun } = ctx;
  const persona = deps.studio.openPersona();
  if (!persona) return;
  endRun("stopped");
  const live = options.live ?? false;
  let pending: Turn[] | null = options.queued ?? null;
  const read = () => pending ?? turnsOf(persona.id);
  const flush = () => {
    if (pending === null) return;
    const turns = pending;
    pending = null;
    setTurns(persona.id, turns);
  };
  const run: Run = {
    controller: new AbortController(),
    personaId: persona.id,
    turnId: null,
    sink: null,
    flush,
  };
  ctx.setCurrent(run);
  const isCurrent = () => ctx.current() === run;
  set({ status: "submitted", runPersonaId: persona.id, liveWaiting: false });
  const connection = deps.connection({ live });
  // A model is sent the system prompt; the rehearsal reads the persona.
  let systemPrompt = readsPersona(connection) ? "" : systemPromptNow(persona);
  // Offline, a live run is all main-thread work: batch and slice it. An endpoint's replies
  // come from the network, a paint per frame, as any run's.
  const batched = live && connection.offline;
  /**
   * Changes the turn `id`, found at `index` unless the list moved. Unshown, the change goes
   * to the run's own unpublished copy, in place: a slice of hundreds of cached replies
   * copies the conversation once, not once per reply.
   */
  const update = (index: number, id: string, changes: Partial<Turn>, show: boolean) => {
    const turns = pending ?? [...turnsOf(persona.id)];
    const at = turns[index]?.id === id ? index : turns.findIndex((t) => t.id === id);
    if (at >= 0) turns[at] = { ...turns[at]!, ...changes };
    if (show) {
      pending = null;
      setTurns(persona.id, turns);
    } else pending = turns;
  };
  /** Ends the run on a reply that failed, keeping what it had written. */
  const fail = (index: number, id: string, text: string, error: unknown) => {
    flush();
    ctx.setCurrent(null);
    update(index, id, { text, status: "error", error }, true);
    set({ status: "error" });
  };
  /** A finished reply: its text, and the text it replaces kept as "before" by a live run. */
  const finish = (reply: Turn, text: string): Partial<Turn> => {
    const version: ReplyVersion = { text, persona };
    const prior = reply.settled;
    const changed = live && prior !== undefined && prior.text !== text;
    return { text, status: "done", settled: version, before: changed ? prior : reply.before };
  };
  let fresh = options.fresh ?? false;
  const opening = deps.opening?.(persona) ?? [];
  const keyOf = createRunKeys(opening);
  let head: number | undefined;
  // The change that started a batched run (a slider key) paints first; the replies follow.
  if (batched) {
    await slices.yield();
    if (!isCurrent()) return;
  }
  let sliceStart = slices.now();
  // Replies are answered in order: none before the last one answered is queued again.
  let cursor = 0;
  for (;;) {
    if (batched && slices.now() - sliceStart >= slices.budgetMs) {
      flush();
      await slices.yield();
      if (!isCurrent()) return;
      sliceStart = slices.now();
    }
    const turns = read();
    let index = cursor;
    while (index < turns.length && !isQueuedReply(turns[index]!)) index++;
    cursor = index;
    const reply = turns[index];
    if (!reply) break;
    if (systemPrompt === undefined) {
      try {
        systemPrompt = await systemPromptOf(persona);
      } catch (error) {
        if (!isCurrent()) return;
        return fail(index, reply.id, "", error);
      }
      if (!isCurrent()) return;
    }
    head ??= replyHead({ ...connection, systemPrompt, persona });
    const key = keyOf(head, turns, index);
    const hit = fresh ? undefined : cache.get(key);
    fresh = false;
    if (hit !== undefined) {
      update(index, reply.id, { ...finish(reply, hit), cached: true, error: undefined }, !batched);
      continue;
    }
    const messages = [...opening, ...historyBefore(turns, index)];
    const sink: ReplySink = {
      text: "",
      paint: (text) => {
        if (!isCurrent()) return;
        update(index, reply.id, { text }, true);
        if (get().status !== "streaming") set({ status: "streaming" });
      },
    };
    run.turnId = reply.id;
    run.sink = sink;
    // A live run keeps the last text on screen while the new one is written.
    const streaming = { status: "streaming", cached: false, error: undefined } as const;
    update(index, reply.id, live ? streaming : { ...streaming, text: "" }, !batched);
    try {
      const provider = await connection.load();
      if (!isCurrent()) return;
      const variant = reply.variant === undefined ? {} : { variant: reply.variant };
      const request = {
        systemPrompt,
        persona,
        messages,
        params: connection.params,
        signal: run.controller.signal,
        ...variant,
      };
      await streamInto(provider, request, sink, frame);
    } catch (error) {
      // A Stop, a Clear or a newer run ended this one and already said so.
      if (!isCurrent()) return;
      // Aborted from elsewhere (the provider's own signal): still a normal end, not a fault.
      if (error instanceof ProviderError && error.kind === "aborted") return endRun("stopped");
      return fail(index, reply.id, sink.text, error);
    }
    if (!isCurrent()) return;
    cache.set(key, sink.text);
    const noOtherWording = sink.alternative === false ? true : undefined;
    update(index, reply.id, { ...finish(reply, sink.text), noOtherWording }, !batched);
  }
  if (isCurrent()) {
    flush();
    ctx.setCurrent(null);
    set({ status: "done" });
  }
}
