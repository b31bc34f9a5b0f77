/**
 * Runs a persona's scenarios on every target and judges each reply (checks.ts). A scenario on a
 * target is one conversation: its turns go in order, each sent with the replies actually
 * produced before it, so a model that slips at turn 2 is tested at turn 3 on its own slip.
 * Conversations run side by side up to the concurrency limit. Where replies come from (the
 * rehearsal, an endpoint, retries, the cache) is the `Generate` function's business.
 */
import type { ChatMessage } from "../conversation";
import { compile } from "../compiler/compile";
import type { Persona } from "../persona/schema";
import { serializePersona } from "../persona/serialize";
import { scenariosFor } from "../scenarios/built-in";
import type { Scenario } from "../scenarios/types";
import { checkReply } from "./checks";
import type { Generate, TargetSummary, TestCase, TestRun, TestTarget, TurnResult } from "./types";

export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 32;

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

/**
 * A hash of the persona's file (cyrb53-style, 64 bits as 16 hex digits), so that results can say
 * which version they ran on. Enough to tell versions of one persona apart, not a security measure.
 */
export function personaVersion(persona: Persona): string {
  const text = serializePersona(persona);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2_654_435_761);
    h2 = Math.imul(h2 ^ unit, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return hex(h2) + hex(h1);
}

/** The built-in scenarios written for the persona, then the designer's own, as tests. */
export function testCasesFor(persona: Persona, own: readonly Scenario[] = []): TestCase[] {
  return [...scenariosFor(persona.language, persona), ...own].map((scenario) => ({
    scenarioId: scenario.id,
    title: scenario.title,
    turns: [...scenario.turns],
    expectations: scenario.expectations?.map((list) => [...list]) ?? [],
  }));
}

export interface RunProgress {
  done: number;
  total: number;
}

export interface RunOptions {
  /** Conversations at once (1..32); each conversation's turns still go one after another. */
  concurrency?: number;
  /** Cancel: requests in flight are aborted, turns not yet answered end "cancelled". */
  signal?: AbortSignal;
  /** Only these conversations run; the others keep their results from `previous`. */
  only?: (scenarioId: string, targetId: string) => boolean;
  previous?: TestRun;
  /** Each turn's result as soon as it is judged (cancelled and skipped turns included). */
  onResult?: (result: TurnResult, progress: RunProgress) => void;
  now?: () => Date;
}

const conversationKey = (scenarioId: string, targetId: string) => `${scenarioId}\u0000${targetId}`;

interface Conversation {
  testCase: TestCase;
  target: TestTarget;
}

export async function runPersonaTests(
  persona: Persona,
  cases: readonly TestCase[],
  targets: readonly TestTarget[],
  generate: Generate,
  options: RunOptions = {},
): Promise<TestRun> {
  const now = options.now ?? (() => new Date());
  const signal = options.signal ?? new AbortController().signal;
  const { systemPrompt } = compile(persona);
  const only = options.only ?? (() => true);
  const conversations: Conversation[] = [];
  for (const testCase of cases)
    for (const target of targets)
      if (only(testCase.scenarioId, target.id)) conversations.push({ testCase, target });

  const total = conversations.reduce((sum, c) => sum + c.testCase.turns.length, 0);
  const progress: RunProgress = { done: 0, total };
  const fresh = new Map<string, TurnResult[]>();
  const report = (result: TurnResult) => {
    progress.done++;
    options.onResult?.(result, { ...progress });
  };

  const run: TestRun = {
    personaId: persona.id,
    personaName: persona.name,
    personaVersion: personaVersion(persona),
    startedAt: now().toISOString(),
    targets: [...targets],
    cases: [...cases],
    results: [],
  };

  const concurrency = Math.min(
    MAX_CONCURRENCY,
    Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY)),
  );
  let next = 0;
  const worker = async () => {
    while (next < conversations.length) {
      const conversation = conversations[next++] as Conversation;
      const results = await converse(persona, systemPrompt, conversation, generate, signal, report);
      fresh.set(conversationKey(conversation.testCase.scenarioId, conversation.target.id), results);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, conversations.length) }, worker));

  // Results in a stable order (scenario, target, turn), whatever order they finished in.
  const kept = new Map<string, TurnResult[]>();
  for (const result of options.previous?.results ?? []) {
    const key = conversationKey(result.scenarioId, result.targetId);
    kept.set(key, [...(kept.get(key) ?? []), result]);
  }
  for (const testCase of cases)
    for (const target of targets) {
      const key = conversationKey(testCase.scenarioId, target.id);
      run.results.push(...(fresh.get(key) ?? kept.get(key) ?? []));
    }
  run.finishedAt = now().toISOString();
  return run;
}

async function converse(
  persona: Persona,
  systemPrompt: string,
  { testCase, target }: Conversation,
  generate: Generate,
  signal: AbortSignal,
  report: (result: TurnResult) => void,
): Promise<TurnResult[]> {
  const messages: ChatMessage[] = [];
  const results: TurnResult[] = [];
  let broken: TurnResult["error"] | undefined;
  for (const [turn, user] of testCase.turns.entries()) {
    const base = {
      scenarioId: testCase.scenarioId,
      turn,
      targetId: target.id,
      user,
      reply: "",
      checks: [],
      latencyMs: 0,
      cached: false,
      attempts: 0,
    };
    let result: TurnResult;
    if (signal.aborted) result = { ...base, status: "cancelled" };
    else if (broken)
      // Chained: without the earlier reply there is no honest history to send this turn with.
      result = {
        ...base,
        status: "error",
        error: { kind: "skipped", message: `Not run: turn ${broken.message}` },
      };
    else {
      messages.push({ role: "user", content: user });
      try {
        const reply = await generate({
          target,
          persona,
          systemPrompt,
          messages: [...messages],
          signal,
        });
        messages.push({ role: "assistant", content: reply.text });
        const checks = checkReply(persona, reply.text, testCase.expectations[turn] ?? []);
        result = {
          ...base,
          reply: reply.text,
          checks,
          status: checks.every((check) => check.pass) ? "passed" : "failed",
          latencyMs: reply.latencyMs,
          cached: reply.cached,
          attempts: reply.attempts,
          ...(reply.usage ? { usage: reply.usage } : {}),
        };
      } catch (error) {
        if (signal.aborted) result = { ...base, status: "cancelled" };
        else {
          const { kind, message } = describeError(error);
          result = { ...base, status: "error", error: { kind, message } };
          broken = { kind, message: `${turn + 1} had no reply (${kind}).` };
        }
      }
    }
    results.push(result);
    report(result);
  }
  return results;
}

/** Why a reply could not be had, from a provider's error (its kind) or anything thrown. */
export function describeError(error: unknown): { kind: string; message: string } {
  const { kind, message } = (error ?? {}) as { kind?: unknown; message?: unknown };
  return {
    kind: typeof kind === "string" ? kind : "unknown",
    message: typeof message === "string" ? message : String(error),
  };
}

/** "46 of 50 checks held", per target, in the run's target order. */
export function summarize(run: TestRun): TargetSummary[] {
  return run.targets.map((target) => {
    const summary: TargetSummary = {
      targetId: target.id,
      checks: 0,
      held: 0,
      turns: 0,
      turnsPassed: 0,
      errors: 0,
    };
    for (const result of run.results) {
      if (result.targetId !== target.id) continue;
      summary.turns++;
      summary.checks += result.checks.length;
      summary.held += result.checks.filter((check) => check.pass).length;
      if (result.status === "passed") summary.turnsPassed++;
      if (result.status === "error") summary.errors++;
    }
    return summary;
  });
}

/** True for a conversation with any turn that did not pass: what "Re-run failed" runs again. */
export function failedConversation(
  run: TestRun,
): (scenarioId: string, targetId: string) => boolean {
  const failed = new Set(
    run.results
      .filter((result) => result.status !== "passed")
      .map((result) => conversationKey(result.scenarioId, result.targetId)),
  );
  return (scenarioId, targetId) => failed.has(conversationKey(scenarioId, targetId));
}

/** Every check of every turn held, with no error and nothing cancelled. */
export function runHeld(run: TestRun): boolean {
  return run.results.length > 0 && run.results.every((result) => result.status === "passed");
}
