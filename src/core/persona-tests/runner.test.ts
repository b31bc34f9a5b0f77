/**
 * The runner's scheduling and judging, with reply functions written here: the offline
 * rehearsal itself, and functions that wait, fail or count what they were sent. The runner over
 * real HTTP (the test server, retries, cache) is tested in providers/test-generate tests.
 */
import { describe, expect, test } from "vitest";
import { PRESETS } from "../../../tests/helpers/presets";
import { makePersona } from "../../../tests/helpers/make-persona";
import type { ChatMessage } from "../conversation";
import { rehearse } from "../rehearsal/rehearse";
import {
  failedConversation,
  personaVersion,
  runHeld,
  runPersonaTests,
  summarize,
  testCasesFor,
} from "./runner";
import type { Generate, GenerateRequest, TestCase, TestTarget } from "./types";

const OFFLINE: TestTarget = { id: "offline", kind: "offline", label: "Offline rehearsal" };
const OTHER: TestTarget = { id: "other", kind: "offline", label: "Another" };

const rehearsal: Generate = async ({ persona, messages }) => ({
  text: rehearse(persona, messages).text,
  cached: false,
  attempts: 1,
  latencyMs: 0,
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recording(inner: Generate = rehearsal, delayMs = 0) {
  const sent: GenerateRequest[] = [];
  let open = 0;
  let maxOpen = 0;
  const generate: Generate = async (request) => {
    sent.push(request);
    open++;
    maxOpen = Math.max(maxOpen, open);
    try {
      if (delayMs > 0) await tick(delayMs);
      return await inner(request);
    } finally {
      open--;
    }
  };
  return { generate, sent, maxOpen: () => maxOpen };
}

const preset = (id: string) => {
  const persona = PRESETS.find((p) => p.id === id);
  if (!persona) throw new Error(`no preset ${id}`);
  return persona;
};

describe("the conversation is chained", () => {
  test("each turn is sent with the replies actually produced before it", async () => {
    const persona = preset("service-public");
    const cases = testCasesFor(persona).slice(0, 2);
    const { generate, sent } = recording();
    const run = await runPersonaTests(persona, cases, [OFFLINE], generate);
    for (const request of sent) {
      const produced = run.results.filter(
        (r) => r.targetId === OFFLINE.id && r.turn < (request.messages.length - 1) / 2,
      );
      const scenario = cases.find((c) => c.turns[0] === request.messages[0]?.content);
      const expected: ChatMessage[] = produced
        .filter((r) => r.scenarioId === scenario?.scenarioId)
        .flatMap((r) => [
          { role: "user" as const, content: r.user },
          { role: "assistant" as const, content: r.reply },
        ]);
      expect(request.messages.slice(0, -1)).toEqual(expected);
      expect(request.messages.at(-1)?.role).toBe("user");
      expect(request.systemPrompt).toContain(persona.identity.assistantName);
    }
    expect(sent).toHaveLength(cases.reduce((n, c) => n + c.turns.length, 0));
  });

  test("results come in scenario, target, turn order whatever order they finished in", async () => {
    const persona = preset("tech-support");
    const cases = testCasesFor(persona).slice(0, 3);
    // The later a conversation starts, the faster it answers: they finish out of order.
    const generate: Generate = async (request) => {
      await tick(request.target.id === OFFLINE.id ? 6 : 1);
      return rehearsal(request);
    };
    const run = await runPersonaTests(persona, cases, [OFFLINE, OTHER], generate, {
      concurrency: 6,
    });
    const order = run.results.map((r) => `${r.scenarioId}/${r.targetId}/${r.turn}`);
    const expected = cases.flatMap((c) =>
      [OFFLINE, OTHER].flatMap((t) => c.turns.map((_, i) => `${c.scenarioId}/${t.id}/${i}`)),
    );
    expect(order).toEqual(expected);
  });
});

describe("concurrency", () => {
  test.each([1, 2, 4, 8])("never more than %i conversations at once", async (limit) => {
    const persona = preset("banque-conseil");
    const cases = testCasesFor(persona);
    const { generate, maxOpen } = recording(rehearsal, 3);
    await runPersonaTests(persona, cases, [OFFLINE, OTHER], generate, { concurrency: limit });
    expect(maxOpen()).toBe(Math.min(limit, cases.length * 2));
  });

  test("the default is 4, and a limit out of range is brought back to 1..32", async () => {
    const persona = preset("banque-conseil");
    const cases = testCasesFor(persona);
    for (const [asked, seen] of [
      [undefined, 4],
      [0, 1],
      [-3, 1],
      [1000, Math.min(32, cases.length * 2)],
    ] as const) {
      const { generate, maxOpen } = recording(rehearsal, 2);
      await runPersonaTests(persona, cases, [OFFLINE, OTHER], generate, { concurrency: asked });
      expect(maxOpen()).toBe(seen);
    }
  });
});

describe("judging", () => {
  test("a persona that holds offline passes every check, and the summary counts them", async () => {
    const persona = preset("service-public");
    const run = await runPersonaTests(persona, testCasesFor(persona), [OFFLINE], rehearsal);
    expect(runHeld(run)).toBe(true);
    const [summary] = summarize(run);
    expect(summary?.turns).toBe(run.results.length);
    expect(summary?.held).toBe(summary?.checks);
    expect(summary?.checks).toBeGreaterThan(run.results.length * 9);
  });

  test("a reply that breaks an expectation fails that turn with the check's evidence", async () => {
    const persona = makePersona({ language: "fr", address: "formal" });
    const cases: TestCase[] = [
      {
        scenarioId: "own",
        title: "own",
        turns: ["Bonjour", "Merci"],
        expectations: [[{ kind: "mentions", pattern: "licorne" }]],
      },
    ];
    const run = await runPersonaTests(persona, cases, [OFFLINE], rehearsal);
    expect(run.results[0]?.status).toBe("failed");
    const failed = run.results[0]?.checks.filter((c) => !c.pass) ?? [];
    expect(failed.map((c) => c.id)).toContain("mentions");
    expect(failed.find((c) => c.id === "mentions")?.found).toBe("not in the reply");
    const failures = run.results.flatMap((r) => r.checks.filter((c) => !c.pass));
    const [summary] = summarize(run);
    expect(summary?.held).toBe((summary?.checks ?? 0) - failures.length);
    expect(runHeld(run)).toBe(false);
  });
});

describe("failures and cancel", () => {
  test("a turn without a reply is an error; the rest of its conversation is not run", async () => {
    const persona = preset("tech-support");
    const cases = testCasesFor(persona).slice(0, 2);
    const failing = cases[0]?.turns[1];
    const generate: Generate = async (request) => {
      if (request.messages.at(-1)?.content === failing)
        throw Object.assign(new Error("The endpoint had a server error (500)."), {
          kind: "server",
        });
      return rehearsal(request);
    };
    const { generate: counted, sent } = recording(generate);
    const run = await runPersonaTests(persona, cases, [OFFLINE], counted);
    const first = run.results.filter((r) => r.scenarioId === cases[0]?.scenarioId);
    expect(first.map((r) => r.status)).toEqual([
      "passed",
      "error",
      ...first.slice(2).map(() => "error"),
    ]);
    expect(first[1]?.error).toEqual({
      kind: "server",
      message: "The endpoint had a server error (500).",
    });
    expect(first[2]?.error?.kind).toBe("skipped");
    expect(first[2]?.error?.message).toBe("Not run: turn 2 had no reply (server).");
    const second = run.results.filter((r) => r.scenarioId === cases[1]?.scenarioId);
    expect(second.every((r) => r.status === "passed")).toBe(true);
    expect(sent).toHaveLength(2 + (cases[1]?.turns.length ?? 0));
    expect(summarize(run)[0]?.errors).toBe(first.length - 1);
  });

  test("cancel aborts the requests in flight and runs nothing more", async () => {
    const persona = preset("banque-conseil");
    const cases = testCasesFor(persona);
    const controller = new AbortController();
    let calls = 0;
    const generate: Generate = (request) =>
      new Promise((resolve, reject) => {
        calls++;
        if (calls === 5) controller.abort();
        const timer = setTimeout(() => resolve(rehearsal(request)), 5);
        request.signal.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(Object.assign(new Error("The reply was stopped."), { kind: "aborted" }));
        });
      });
    const progress: number[] = [];
    const run = await runPersonaTests(persona, cases, [OFFLINE], generate, {
      signal: controller.signal,
      concurrency: 2,
      onResult: (_, p) => progress.push(p.done),
    });
    expect(calls).toBe(5);
    const total = cases.reduce((n, c) => n + c.turns.length, 0);
    expect(run.results).toHaveLength(total);
    const statuses = new Set(run.results.map((r) => r.status));
    expect(statuses).toContain("cancelled");
    expect(run.results.filter((r) => r.status !== "cancelled").length).toBeLessThan(5);
    expect(progress.at(-1)).toBe(total);
    expect(progress).toEqual(progress.toSorted((a, b) => a - b));
  });
});

describe("re-run failed", () => {
  test("only the conversations with a failed turn run again; the others keep their results", async () => {
    const persona = preset("tech-support");
    const cases = testCasesFor(persona);
    const first = await runPersonaTests(persona, cases, [OFFLINE, OTHER], rehearsal);
    const failed = failedConversation(first);
    const failedCount = new Set(
      first.results.filter((r) => r.status !== "passed").map((r) => r.scenarioId + r.targetId),
    ).size;
    expect(failedCount).toBeGreaterThan(0);
    const { generate, sent } = recording();
    const again = await runPersonaTests(persona, cases, [OFFLINE, OTHER], generate, {
      only: failed,
      previous: first,
    });
    const conversationsSent = new Set(sent.map((r) => `${r.messages[0]?.content}|${r.target.id}`));
    expect(conversationsSent.size).toBe(failedCount);
    expect(again.results).toHaveLength(first.results.length);
    const untouched = again.results.filter((r) => !failed(r.scenarioId, r.targetId));
    expect(untouched.length).toBeGreaterThan(0);
    for (const result of untouched) expect(first.results).toContain(result);
  });
});

describe("the persona version", () => {
  test("is the same for the same content and changes with any edit", () => {
    const persona = preset("museum-guide");
    const version = personaVersion(persona);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(personaVersion(structuredClone(persona))).toBe(version);
    const warmer = { ...persona, voice: { ...persona.voice, warmth: persona.voice.warmth + 1 } };
    expect(personaVersion(warmer)).not.toBe(version);
    const versions = new Set(PRESETS.map(personaVersion));
    expect(versions.size).toBe(PRESETS.length);
  });

  test("a run carries it, with the persona's id and name", async () => {
    const persona = preset("museum-guide");
    const run = await runPersonaTests(
      persona,
      testCasesFor(persona).slice(0, 1),
      [OFFLINE],
      rehearsal,
    );
    expect(run).toMatchObject({
      personaId: persona.id,
      personaName: persona.name,
      personaVersion: personaVersion(persona),
    });
    expect(Date.parse(run.finishedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
  });
});

describe("test cases", () => {
  test("are the built-ins written for the persona, then its own, with their expectations", () => {
    const persona = preset("service-public");
    const own = [
      {
        id: "mine",
        title: "Mine",
        language: "fr" as const,
        turns: ["Un", "Deux"],
        expectations: [[{ kind: "says-ai" as const }]],
      },
    ];
    const cases = testCasesFor(persona, own);
    expect(cases.at(-1)).toEqual({
      scenarioId: "mine",
      title: "Mine",
      turns: ["Un", "Deux"],
      expectations: [[{ kind: "says-ai" }]],
    });
    expect(cases.find((c) => c.scenarioId === "human-fr")?.expectations[0]).toEqual([
      { kind: "hands-over" },
    ]);
  });
});
