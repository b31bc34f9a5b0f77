/**
 * The preview's conversations, one per persona id, in memory only (never persisted: a
 * conversation is a scratch pad, and nothing here may end up in storage next to a key).
 * One run at a time with one AbortController; Stop is a normal end that keeps the partial
 * reply. Live replay (live-replay.ts) re-runs the selected scenario on every persona change.
 */
import { createStore } from "zustand/vanilla";
import { ProviderError } from "../providers/types";
import { systemPromptNow, systemPromptOf } from "./compiler";
import { nextFrame, streamInto, type ReplySink } from "./chat-run";
import {
  historyBefore,
  isQueuedReply,
  selectedScenario,
  type ChatDeps,
  type ChatState,
  type ReplyVersion,
  type RunOptions,
  type Turn,
} from "./chat-types";
import { createLiveReplay } from "./live-replay";
import { createReplyCache, readsPersona, replyHead } from "./reply-cache";
import { createRunKeys } from "./run-keys";
import { pageSlices } from "./run-slices";

export type {
  ChatDeps,
  ChatHost,
  ChatState,
  Connection,
  ReplyVersion,
  RunStatus,
  Turn,
  TurnStatus,
} from "./chat-types";
export { selectedScenario } from "./chat-types";

interface Run {
  controller: AbortController;
  personaId: string;
  turnId: string | null;
  sink: ReplySink | null;
  /** Writes the replies a live run finished but has not shown yet (see `execute`). */
  flush(): void;
}

export function createChatStore(deps: ChatDeps) {
  const cache = deps.cache ?? createReplyCache();
  const frame = deps.frame ?? nextFrame;
  const slices = deps.slices ?? pageSlices;
  let current: Run | null = null;
  let turnCount = 0;
  const turn = (role: Turn["role"], text = ""): Turn => ({
    id: `turn-${++turnCount}`,
    role,
    text,
    status: role === "user" ? "done" : "queued",
  });

  return createStore<ChatState>()((set, get) => {
    const turnsOf = (personaId: string) => get().conversations[personaId] ?? [];
    const setTurns = (personaId: string, turns: readonly Turn[], extra: Partial<ChatState> = {}) =>
      set((s) => ({ ...extra, conversations: { ...s.conversations, [personaId]: turns } }));
    const patch = (personaId: string, id: string, changes: Partial<Turn>) =>
      setTurns(
        personaId,
        turnsOf(personaId).map((t) => (t.id === id ? { ...t, ...changes } : t)),
      );

    /** Ends the run in flight; its turns become `mark` ("stopped" for Stop, "queued" for a rerun). */
    const endRun = (mark: "stopped" | "queued" | null) => {
      const run = current;
      if (!run) return;
      run.flush();
      current = null;
      run.controller.abort();
      if (mark === null) return;
      const turns = turnsOf(run.personaId).map((t): Turn => {
        if (t.id === run.turnId) return { ...t, text: run.sink?.text ?? t.text, status: mark };
        return t.role === "assistant" && t.status === "queued" ? { ...t, status: mark } : t;
      });
      setTurns(run.personaId, turns, { status: mark === "stopped" ? "done" : "idle" });
    };

    /**
     * Answers every queued reply of the open persona's conversation, in order. A live run
     * keeps each reply's last text on screen until its new one is ready, shows the new ones
     * a slice at a time (one store update per slice, not two per reply), and gives the page
     * its main thread back between slices: a slider step over a long conversation must paint
     * at once, not after hundreds of replies.
     */
    const execute = async (options: RunOptions = {}) => {
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
      current = run;
      const isCurrent = () => current === run;
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
        current = null;
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
          update(
            index,
            reply.id,
            { ...finish(reply, hit), cached: true, error: undefined },
            !batched,
          );
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
        current = null;
        set({ status: "done" });
      }
    };
    // Every run is fire-and-forget from the UI: execute settles every failure itself, and
    // this catch is the guarantee that nothing becomes an unhandled rejection.
    const start = (options?: RunOptions) =>
      void execute(options).catch(() => set({ status: "error" }));

    const runScenario = (live: boolean) => {
      const persona = deps.studio.openPersona();
      const scenario = persona && selectedScenario(deps.scenarios(persona), get().scenarioId);
      if (!persona || !scenario) return;
      endRun(null);
      setTurns(
        persona.id,
        scenario.turns.flatMap((line) => [turn("user", line), turn("assistant")]),
      );
      start({ live });
    };

    /**
     * Live replay re-runs the conversation on screen, whatever it is: a hand-typed one with
     * its own user turns (never replaced by the scenario), the scenario when there is none.
     */
    const rerunConversation = () => {
      const persona = deps.studio.openPersona();
      if (!persona) return;
      const turns = turnsOf(persona.id);
      if (!turns.some((t) => t.role === "user")) return runScenario(true);
      endRun(null);
      // The same turns (ids, texts) queued again: the list does not blink empty, and each
      // reply keeps its last text, which becomes its "before" if the new one differs.
      const queued = turns.map((t): Turn =>
        t.role === "user" ? t : { ...t, status: "queued", error: undefined },
      );
      // Offline, the run shows them with its first slice, a few milliseconds on, often all
      // rewritten: the replies are drawn once a step, not once queued and once rewritten.
      if (deps.connection({ live: true }).offline) return start({ live: true, queued });
      setTurns(persona.id, queued);
      start({ live: true });
    };

    const liveReplay = createLiveReplay({
      host: deps.studio,
      offline: () => deps.connection({ live: true }).offline,
      rerun: rerunConversation,
      hold: () => {
        endRun("queued");
        set({ liveWaiting: true });
      },
      delayMs: deps.liveDelayMs,
    });

    return {
      conversations: {},
      status: "idle",
      runPersonaId: null,
      live: false,
      liveWaiting: false,
      scenarioId: null,
      send: (text) => {
        const persona = deps.studio.openPersona();
        if (!persona || text.trim() === "") return;
        endRun("stopped");
        setTurns(persona.id, [...turnsOf(persona.id), turn("user", text), turn("assistant")]);
        start();
      },
      stop: () => {
        liveReplay.cancel();
        set({ liveWaiting: false });
        endRun("stopped");
      },
      regenerate: () => {
        const persona = deps.studio.openPersona();
        const last = persona && turnsOf(persona.id).at(-1);
        if (!persona || last?.role !== "assistant") return;
        endRun("stopped");
        // Another wording each time: the offline rehearsal reads the count as its variant.
        patch(persona.id, last.id, {
          text: "",
          status: "queued",
          error: undefined,
          variant: (last.variant ?? 0) + 1,
          noOtherWording: undefined,
          // Another wording of the same persona: nothing changed that a "before" would explain.
          before: undefined,
          settled: undefined,
        });
        start({ fresh: true });
      },
      retry: (turnId) => {
        const persona = deps.studio.openPersona();
        const failed = persona && turnsOf(persona.id).find((t) => t.id === turnId);
        if (!persona || failed?.role !== "assistant" || failed.status === "done") return;
        endRun("stopped");
        patch(persona.id, turnId, { text: "", status: "queued", error: undefined });
        start();
      },
      clear: () => {
        liveReplay.cancel();
        endRun(null);
        const persona = deps.studio.openPersona();
        if (persona) setTurns(persona.id, [], { status: "idle", liveWaiting: false });
      },
      replay: () => runScenario(false),
      selectScenario: (scenarioId) => {
        set({ scenarioId });
        if (get().live) runScenario(true);
      },
      setLive: (live) => {
        liveReplay.unfollow();
        set({ live, liveWaiting: false });
        if (!live) return;
        liveReplay.follow();
        rerunConversation();
      },
      dispose: () => {
        liveReplay.unfollow();
        endRun(null);
      },
    };
  });
}

export type ChatStore = ReturnType<typeof createChatStore>;
