/**
 * The Tests view's store: persona tests on the chosen targets, one run at a time with one
 * AbortController, results painted at most once per animation frame (a 500-turn run would
 * otherwise re-render the matrix 500 times), and kept per persona with the version they ran
 * on, in memory only: a run holds replies and the designer's scenarios, and it is cheap to redo.
 */
import { createStore } from "zustand/vanilla";
import type { Persona } from "../core/persona/schema";
import type {
  DriftTurn,
  TestCase,
  TestRun,
  TestTarget,
  TurnResult,
} from "../core/persona-tests/types";
import { nextFrame, type FrameScheduler } from "./chat-run";
import type { EndpointSettings } from "./endpoint-store";
import { ownScenariosOf } from "./own-scenarios";
import { previewOf } from "./preview";
import type { TestGenerateOptions } from "../providers/test-generate";
import type { ReplyCache } from "./reply-cache";
import type { Studio } from "./studio";
import { loadTestsEngine, type TestsEngine } from "./tests-store-engine";
import { generateOf, targetsOf } from "./tests-store-targets";
import {
  DEFAULT_TURNS,
  MAX_CONCURRENCY,
  MAX_TURNS,
  OFFLINE_KEY,
  cellKey,
  cellsOf,
  type KeptRun,
  type TargetKey,
  type TestsState,
} from "./tests-store-state";

export * from "./tests-store-state";
export { endpointModels } from "./tests-store-targets";

export interface TestsDeps {
  openPersona(): Persona | undefined;
  /** The preview's endpoint settings and key, read when a run starts. */
  endpoint(): EndpointSettings & { apiKey: string };
  cache?: ReplyCache;
  /** Passed on to createTestGenerate (component tests give a fake endpoint provider here). */
  generateOptions?: Omit<TestGenerateOptions, "apiKey" | "cache">;
  frame?: FrameScheduler;
  now?: () => number;
  load?: () => Promise<TestsEngine>;
}

export function createTestsStore(deps: TestsDeps) {
  const frame = deps.frame ?? nextFrame;
  const now = deps.now ?? Date.now;
  const load = deps.load ?? loadTestsEngine;
  let controller: AbortController | null = null;
  let driftController: AbortController | null = null;

  const generateFor = (engine: TestsEngine, fresh = false) => generateOf(engine, deps, fresh);

  return createStore<TestsState>()((set, get) => {
    const targetsFor = (engine: TestsEngine, keys?: readonly TargetKey[]) =>
      targetsOf(engine, deps.endpoint(), get(), keys);

    const patch = (changes: Partial<TestsState["drift"]>) =>
      set((s) => ({ drift: { ...s.drift, ...changes } }));

    const keep = (personaId: string, kept: KeptRun) =>
      set((s) => ({ kept: { ...s.kept, [personaId]: kept } }));

    const execute = async (
      persona: Persona,
      engine: TestsEngine,
      plan: { cases: TestCase[]; targets: TestTarget[]; previous?: TestRun },
    ) => {
      const run = new AbortController();
      controller = run;
      const startedAt = now();
      const { previous } = plan;
      const only = previous && engine.failedConversation(previous);
      // Re-run failed keeps the conversations that passed on screen; the rest wait again.
      const kept = previous
        ? cellsOf(previous.results.filter((r) => only && !only(r.scenarioId, r.targetId)))
        : {};
      const shell: TestRun = {
        personaId: persona.id,
        personaName: persona.name,
        personaVersion: engine.personaVersion(persona),
        startedAt: new Date(startedAt).toISOString(),
        targets: plan.targets,
        cases: plan.cases,
        results: [],
      };
      keep(persona.id, { run: shell, cells: kept });
      set({
        status: "running",
        runPersonaId: persona.id,
        progress: { done: 0, total: 0, startedAt, at: startedAt },
      });

      let pending: TurnResult[] = [];
      let progress = { done: 0, total: 0 };
      let scheduled = false;
      const paint = () => {
        scheduled = false;
        if (controller !== run || pending.length === 0) return;
        const batch = pending;
        pending = [];
        const current = get().kept[persona.id];
        if (!current) return;
        const cells = { ...current.cells };
        for (const r of batch) cells[cellKey(r.scenarioId, r.turn, r.targetId)] = r;
        set((s) => ({
          kept: { ...s.kept, [persona.id]: { ...current, cells } },
          progress: { ...progress, startedAt, at: now() },
        }));
      };

      try {
        const result = await engine.runPersonaTests(
          persona,
          plan.cases,
          plan.targets,
          generateFor(engine, previous !== undefined),
          {
            concurrency: get().concurrency,
            signal: run.signal,
            ...(previous && only ? { previous, only } : {}),
            onResult: (turn, next) => {
              pending.push(turn);
              progress = next;
              if (!scheduled) {
                scheduled = true;
                frame(paint);
              }
            },
          },
        );
        if (controller !== run) return;
        // The shell's lists and the cells already painted are the ones the rows hold: keeping
        // them spares a re-render of the whole matrix when the run ends.
        const painted = get().kept[persona.id]?.cells ?? {};
        const cells = cellsOf(result.results);
        for (const [key, cell] of Object.entries(cells))
          if (painted[key]?.status === cell.status && painted[key]?.reply === cell.reply)
            cells[key] = painted[key];
        keep(persona.id, {
          run: {
            ...result,
            startedAt: shell.startedAt,
            targets: shell.targets,
            cases: shell.cases,
          },
          cells,
        });
        // Cancelled turns are reported too: the bar then counts the turns that were answered.
        const done = run.signal.aborted
          ? result.results.filter(
              (r) => r.status !== "cancelled" && (!only || only(r.scenarioId, r.targetId)),
            ).length
          : progress.total;
        set({
          status: run.signal.aborted ? "cancelled" : "done",
          progress: { ...progress, done, startedAt, at: now() },
        });
      } catch {
        if (controller === run) set({ status: "error" });
      } finally {
        if (controller === run) controller = null;
      }
    };

    return {
      models: [],
      unchosen: [],
      concurrency: 4,
      status: "idle",
      runPersonaId: null,
      progress: { done: 0, total: 0, startedAt: 0, at: 0 },
      kept: {},
      drift: {
        turns: DEFAULT_TURNS,
        scenarioId: null,
        target: OFFLINE_KEY,
        status: "idle",
        personaId: null,
        live: [],
        result: null,
      },

      preload: (withEndpoint) => {
        void load()
          .then(() =>
            // The openai SDK is test-generate's to load; importing its chunk here only warms it.
            withEndpoint ? import("../providers/openai-provider") : undefined,
          )
          .catch(() => {
            // A run will try again and say what failed.
          });
      },
      setChosen: (key, chosen) =>
        set((s) => ({
          unchosen: chosen ? s.unchosen.filter((k) => k !== key) : [...s.unchosen, key],
        })),
      addModel: (model) => {
        const name = model.trim();
        if (name === "" || get().models.includes(name)) return;
        set((s) => ({ models: [...s.models, name] }));
      },
      removeModel: (model) => set((s) => ({ models: s.models.filter((m) => m !== model) })),
      setConcurrency: (concurrency) =>
        set({ concurrency: Math.min(MAX_CONCURRENCY, Math.max(1, Math.round(concurrency) || 1)) }),

      run: async () => {
        const persona = deps.openPersona();
        if (!persona || get().status === "running") return;
        set({ status: "running", runPersonaId: persona.id });
        try {
          const engine = await load();
          const targets = targetsFor(engine);
          if (targets.length === 0) return set({ status: "idle" });
          const cases = engine.testCasesFor(persona, ownScenariosOf(persona));
          await engine.warmFor(persona, cases[0]);
          await execute(persona, engine, { cases, targets });
        } catch {
          set({ status: "error" });
        }
      },

      rerunFailed: async () => {
        const persona = deps.openPersona();
        const previous = persona && get().kept[persona.id]?.run;
        if (!persona || !previous || get().status === "running") return;
        set({ status: "running", runPersonaId: persona.id });
        try {
          const engine = await load();
          await execute(persona, engine, {
            cases: previous.cases,
            targets: previous.targets,
            previous,
          });
        } catch {
          set({ status: "error" });
        }
      },

      cancel: () => controller?.abort(),

      setDrift: (changes) =>
        set((s) => ({
          drift: {
            ...s.drift,
            ...changes,
            turns: Math.min(MAX_TURNS, Math.max(1, Math.round(changes.turns ?? s.drift.turns))),
          },
        })),

      runDrift: async () => {
        const persona = deps.openPersona();
        if (!persona || get().drift.status === "running") return;
        const run = new AbortController();
        driftController = run;
        patch({ status: "running", personaId: persona.id, live: [], result: null });
        let live: DriftTurn[] = [];
        let scheduled = false;
        const paint = () => {
          scheduled = false;
          if (driftController === run) patch({ live });
        };
        try {
          const engine = await load();
          const { turns, scenarioId, target: key } = get().drift;
          const cases = engine.testCasesFor(persona, ownScenariosOf(persona));
          const testCase = cases.find((c) => c.scenarioId === scenarioId) ?? cases[0];
          const [target] = targetsFor(engine, [key]);
          if (!testCase || !target) return patch({ status: "error" });
          const result = await engine.runDrift(persona, testCase, target, generateFor(engine), {
            turns,
            signal: run.signal,
            onTurn: (turn) => {
              live = [...live, turn];
              if (!scheduled) {
                scheduled = true;
                frame(paint);
              }
            },
          });
          if (driftController !== run) return;
          patch({
            status: result.status === "done" ? "done" : result.status,
            live: result.turns,
            result,
          });
        } catch {
          if (driftController === run) patch({ status: "error" });
        } finally {
          if (driftController === run) driftController = null;
        }
      },

      cancelDrift: () => driftController?.abort(),
    };
  });
}

export type TestsStore = ReturnType<typeof createTestsStore>;

const stores = new WeakMap<Studio, TestsStore>();

/**
 * The Tests store of a studio, created once and kept when the view unmounts; it reads the
 * preview's endpoint settings and shares its reply cache. `options` count on the first call.
 */
export function testsOf(studio: Studio, options: Partial<TestsDeps> = {}): TestsStore {
  let store = stores.get(studio);
  if (!store) {
    const preview = previewOf(studio);
    store = createTestsStore({
      openPersona: studio.openPersona,
      endpoint: () => preview.endpoint.getState(),
      cache: preview.cache,
      ...options,
    });
    stores.set(studio, store);
  }
  return store;
}
