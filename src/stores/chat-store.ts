/**
 * The preview's conversations, one per persona id, in memory only (never persisted: a
 * conversation is a scratch pad, and nothing here may end up in storage next to a key).
 * One run at a time with one AbortController; Stop is a normal end that keeps the partial
 * reply. Live replay (live-replay.ts) re-runs the selected scenario on every persona change.
 */
import { createStore } from "zustand/vanilla";
import { nextFrame } from "./chat-run";
import { execute, type Run, type RunContext } from "./chat-execute";
import {
  selectedScenario,
  type ChatDeps,
  type ChatState,
  type RunOptions,
  type Turn,
} from "./chat-types";
import { createLiveReplay } from "./live-replay";
import { createReplyCache } from "./reply-cache";
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

    const context: RunContext = {
      deps,
      cache,
      frame,
      slices,
      turnsOf,
      setTurns,
      set,
      get,
      endRun,
      current: () => current,
      setCurrent: (run) => {
        current = run;
      },
    };
    // Every run is fire-and-forget from the UI: execute settles every failure itself, and
    // this catch is the guarantee that nothing becomes an unhandled rejection.
    const start = (options?: RunOptions) =>
      void execute(context, options).catch(() => set({ status: "error" }));

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
