/**
 * The preview's conversations, one per persona id, in memory only (never persisted: a
 * conversation is a scratch pad, and nothing here may end up in storage next to a key).
 * One run at a time with one AbortController; Stop is a normal end that keeps the partial
 * reply. Live replay (live-replay.ts) re-runs the selected scenario on every persona change.
 */
import { createStore } from "zustand/vanilla";
import { ProviderError } from "../providers/types";
import { compiledOf } from "./compiled";
import { nextFrame, streamInto, type ReplySink } from "./chat-run";
import {
  historyBefore,
  selectedScenario,
  type ChatDeps,
  type ChatState,
  type Turn,
} from "./chat-types";
import { createLiveReplay } from "./live-replay";
import { createReplyCache, replyKey } from "./reply-cache";

export type {
  ChatDeps,
  ChatHost,
  ChatState,
  Connection,
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
}

export function createChatStore(deps: ChatDeps) {
  const cache = deps.cache ?? createReplyCache();
  const frame = deps.frame ?? nextFrame;
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
      current = null;
      run.controller.abort();
      if (mark === null) return;
      const turns = turnsOf(run.personaId).map((t): Turn => {
        if (t.id === run.turnId) return { ...t, text: run.sink?.text ?? t.text, status: mark };
        return t.role === "assistant" && t.status === "queued" ? { ...t, status: mark } : t;
      });
      setTurns(run.personaId, turns, { status: mark === "stopped" ? "done" : "idle" });
    };

    /** Answers every queued reply of the open persona's conversation, in order. */
    const execute = async (options: { fresh?: boolean; live?: boolean } = {}) => {
      const persona = deps.studio.openPersona();
      if (!persona) return;
      endRun("stopped");
      const run: Run = {
        controller: new AbortController(),
        personaId: persona.id,
        turnId: null,
        sink: null,
      };
      current = run;
      const isCurrent = () => current === run;
      set({ status: "submitted", runPersonaId: persona.id, liveWaiting: false });
      const { systemPrompt } = compiledOf(persona);
      const connection = deps.connection({ live: options.live ?? false });
      let fresh = options.fresh ?? false;
      for (;;) {
        const turns = turnsOf(persona.id);
        const index = turns.findIndex((t) => t.role === "assistant" && t.status === "queued");
        const reply = turns[index];
        if (!reply) break;
        const messages = [...(deps.opening?.(persona) ?? []), ...historyBefore(turns, index)];
        const key = replyKey({ ...connection, systemPrompt, messages });
        const hit = fresh ? undefined : cache.get(key);
        fresh = false;
        if (hit !== undefined) {
          patch(persona.id, reply.id, {
            text: hit,
            status: "done",
            cached: true,
            error: undefined,
          });
          continue;
        }
        const sink: ReplySink = {
          text: "",
          paint: (text) => {
            if (!isCurrent()) return;
            patch(persona.id, reply.id, { text });
            if (get().status !== "streaming") set({ status: "streaming" });
          },
        };
        run.turnId = reply.id;
        run.sink = sink;
        patch(persona.id, reply.id, {
          text: "",
          status: "streaming",
          cached: false,
          error: undefined,
        });
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
          current = null;
          patch(persona.id, reply.id, { text: sink.text, status: "error", error });
          set({ status: "error" });
          return;
        }
        if (!isCurrent()) return;
        cache.set(key, sink.text);
        patch(persona.id, reply.id, {
          text: sink.text,
          status: "done",
          noOtherWording: sink.alternative === false ? true : undefined,
        });
      }
      if (isCurrent()) {
        current = null;
        set({ status: "done" });
      }
    };
    // Every run is fire-and-forget from the UI: execute settles every failure itself, and
    // this catch is the guarantee that nothing becomes an unhandled rejection.
    const start = (options?: { fresh?: boolean; live?: boolean }) =>
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

    const liveReplay = createLiveReplay({
      host: deps.studio,
      offline: () => deps.connection({ live: true }).offline,
      rerun: () => runScenario(true),
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
        runScenario(true);
      },
      dispose: () => {
        liveReplay.unfollow();
        endRun(null);
      },
    };
  });
}

export type ChatStore = ReturnType<typeof createChatStore>;
