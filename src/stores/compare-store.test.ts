/**
 * The A/B comparison's store: the same user turns on two sides at once, each chained on its
 * own replies, read by the meter; the versions through the injected list; one Stop for both;
 * the shared reply cache asked first. Providers are fakes of our ChatProvider interface.
 */
import { describe, expect, test } from "vitest";
import { presetByPath } from "../../tests/helpers/preset-by-path";
import { fakeProvider, settle } from "../../tests/helpers/chat-test-kit";
import type { PersonaVersion } from "../core/versions/types";
import { createReplyCache } from "../providers/reply-cache";
import { createCompareStore, type CompareDeps } from "./compare-store";
import { DEFAULT_ENDPOINT } from "./endpoint-store";

const TOWN_HALL = presetByPath("service-public");
const START_UP = presetByPath("startup-decontractee");
const USERS = ["Bonjour", "Et ensuite ?", "Merci"];
const ENDPOINT = {
  ...DEFAULT_ENDPOINT,
  provider: "openai-compatible" as const,
  baseURL: "http://127.0.0.1:9/v1",
  model: "model-a",
  apiKey: "sk-test",
};

function store(deps: Partial<CompareDeps> = {}) {
  return createCompareStore({
    openPersona: () => TOWN_HALL,
    persona: (id) => (id === START_UP.id ? START_UP : undefined),
    endpoint: () => ENDPOINT,
    conversation: () => USERS,
    typingDelayMs: 0,
    frame: (paint) => queueMicrotask(paint),
    ...deps,
  });
}

async function finished(compare: ReturnType<typeof store>) {
  for (let i = 0; i < 2_000 && compare.getState().status === "running"; i++)
    await new Promise((resolve) => setTimeout(resolve, 0));
  // The meter reads the last replies just after the run ends.
  await settle(40);
}

describe("the A/B comparison store", () => {
  test("runs the same user turns on two models, each chained on its own replies, then reads them", async () => {
    const provider = fakeProvider();
    const compare = store({ endpointProvider: () => provider });
    compare.getState().setTarget("a", { kind: "endpoint", model: "model-a" });
    compare.getState().setTarget("b", { kind: "endpoint", model: "model-b" });
    await compare.getState().run();
    await finished(compare);
    const { replies, status } = compare.getState();
    expect(status).toBe("done");
    expect(provider.requests).toHaveLength(6);
    const models = provider.requests.map((r) => r.params.model);
    expect(models.filter((m) => m === "model-a")).toHaveLength(3);
    // Concurrent: B's first request is sent before A's last one.
    expect(models.indexOf("model-b")).toBeLessThan(models.lastIndexOf("model-a"));
    for (const side of ["a", "b"] as const) {
      expect(replies[side].map((r) => r.status)).toEqual(["done", "done", "done"]);
      expect(replies[side].every((r) => r.readings?.length === 9)).toBe(true);
      const third = provider.requests.filter((r) => r.params.model === `model-${side}`)[2]!;
      // The history holds this side's own replies, not the other side's.
      expect(third.messages.filter((m) => m.role === "assistant").map((m) => m.content)).toEqual(
        replies[side].slice(0, 2).map((r) => r.text),
      );
    }
  });

  test("without versions, both sides start on the current persona; with versions, A is the latest", async () => {
    const none = store();
    await none.getState().open();
    expect(none.getState().versions).toEqual([]);
    expect(none.getState().sides.a.source).toEqual({ kind: "current" });

    const versions: PersonaVersion[] = [
      {
        id: "v1",
        personaId: TOWN_HALL.id,
        createdAt: "2026-01-01T00:00:00Z",
        name: "First",
        origin: "manual",
        persona: { ...TOWN_HALL, address: "informal" },
      },
      {
        id: "v2",
        personaId: TOWN_HALL.id,
        createdAt: "2026-02-01T00:00:00Z",
        name: "Reviewed",
        origin: "review",
        persona: START_UP,
      },
    ];
    const asked: string[] = [];
    const compare = store({
      listVersions: async (id) => (asked.push(id), versions),
    });
    await compare.getState().open();
    expect(asked).toEqual([TOWN_HALL.id]);
    expect(compare.getState().versions.map((v) => v.id)).toEqual(["v2", "v1"]);
    expect(compare.getState().sides.a.source).toEqual({ kind: "version", id: "v2" });
    expect(compare.getState().users).toEqual(USERS);
  });

  test("each side speaks as its own persona (a version or another persona), offline", async () => {
    const versions: PersonaVersion[] = [
      {
        id: "tu",
        personaId: TOWN_HALL.id,
        createdAt: "2026-01-01T00:00:00Z",
        name: "Tu",
        origin: "manual",
        persona: { ...TOWN_HALL, address: "informal" },
      },
    ];
    const compare = store({ listVersions: async () => versions });
    await compare.getState().open();
    compare.getState().setSource("b", { kind: "current" });
    await compare.getState().run();
    await finished(compare);
    const { a, b } = compare.getState().replies;
    const address = (r: (typeof a)[number]) =>
      r.readings?.find((x) => x.dimension === "address")?.target;
    expect(a.map(address)).toEqual(["informal", "informal", "informal"]);
    expect(b.map(address)).toEqual(["formal", "formal", "formal"]);

    compare.getState().setSource("a", { kind: "persona", id: START_UP.id });
    await compare.getState().run();
    await finished(compare);
    expect(
      compare.getState().replies.a[0]!.readings?.find((x) => x.dimension === "address")?.target,
    ).toBe(START_UP.address);
  });

  test("Stop aborts both sides at once and keeps what each had written", async () => {
    const provider = fakeProvider({ delayMs: 20, words: 50 });
    const compare = store({ endpointProvider: () => provider });
    compare.getState().setTarget("a", { kind: "endpoint", model: "model-a" });
    compare.getState().setTarget("b", { kind: "endpoint", model: "model-b" });
    const running = compare.getState().run();
    for (let i = 0; i < 200; i++) {
      const { a, b } = compare.getState().replies;
      if ((a[0]?.text.length ?? 0) > 0 && (b[0]?.text.length ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    compare.getState().stop();
    await running;
    const { replies, status } = compare.getState();
    expect(status).toBe("stopped");
    expect(provider.requests.every((r) => r.signal.aborted)).toBe(true);
    expect(provider.requests).toHaveLength(2);
    for (const side of ["a", "b"] as const) {
      expect(replies[side].map((r) => r.status)).toEqual(["stopped", "stopped", "stopped"]);
      expect(replies[side][0]!.text).toMatch(/^reply \d/);
    }
  });

  test("opening the view again during a run keeps the turns being answered", async () => {
    let users = USERS;
    const provider = fakeProvider({ delayMs: 10, words: 20 });
    const compare = store({ endpointProvider: () => provider, conversation: () => users });
    compare.getState().setTarget("a", { kind: "endpoint", model: "model-a" });
    const running = compare.getState().run();
    users = ["Something else"];
    await compare.getState().open();
    expect(compare.getState().users).toEqual(USERS);
    compare.getState().stop();
    await running;
    await compare.getState().open();
    expect(compare.getState().users).toEqual(["Something else"]);
  });

  test("a conversation already answered comes from the shared cache: no request the second time", async () => {
    const provider = fakeProvider();
    const cache = createReplyCache();
    const compare = store({ endpointProvider: () => provider, cache });
    compare.getState().setTarget("b", { kind: "endpoint", model: "model-b" });
    await compare.getState().run();
    await finished(compare);
    expect(provider.requests).toHaveLength(3);
    const first = compare.getState().replies.b.map((r) => r.text);
    await compare.getState().run();
    await finished(compare);
    expect(provider.requests).toHaveLength(3);
    expect(compare.getState().replies.b.map((r) => r.text)).toEqual(first);
    expect(compare.getState().replies.b.every((r) => r.cached)).toBe(true);
    expect(compare.getState().replies.a.every((r) => r.cached)).toBe(true);
  });
});
