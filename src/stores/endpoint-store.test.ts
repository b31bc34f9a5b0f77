// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import {
  API_KEY_KEY,
  DEFAULT_ENDPOINT,
  ENDPOINT_KEY,
  cleanSettings,
  createEndpointStore,
  endpointHost,
} from "./endpoint-store";
import { createReplyCache } from "./reply-cache";
import { testStudio } from "../../tests/helpers/chat-test-kit";

const KEY = "sk-test-0123456789abcdef";
const everythingStored = () =>
  Object.keys(localStorage)
    .map((k) => `${k}=${localStorage.getItem(k)}`)
    .join("\n");

beforeEach(() => localStorage.clear());

describe("endpoint settings", () => {
  it("starts on the offline rehearsal with the documented defaults", () => {
    const s = createEndpointStore().getState();
    expect(s).toMatchObject({
      provider: "rehearsal",
      temperature: 0.7,
      maxTokens: 512,
      rememberKey: false,
      apiKey: "",
    });
  });

  it("keeps the first-reply wait in seconds, within 1..600, and remembers it", () => {
    const store = createEndpointStore();
    expect(store.getState().firstByteTimeoutS).toBe(20);
    store.getState().save({ firstByteTimeoutS: "45" });
    expect(createEndpointStore().getState().firstByteTimeoutS).toBe(45);
    expect(cleanSettings({ firstByteTimeoutS: 0 }).firstByteTimeoutS).toBe(1);
    expect(cleanSettings({ firstByteTimeoutS: "soon" }).firstByteTimeoutS).toBe(
      DEFAULT_ENDPOINT.firstByteTimeoutS,
    );
  });

  it("remembers the settings on this device, but not the key", () => {
    const store = createEndpointStore();
    store.getState().save({
      provider: "openai-compatible",
      preset: "ollama",
      baseURL: "http://localhost:11434/v1",
      model: "llama3.2",
      apiKey: KEY,
    });
    expect(store.getState().apiKey).toBe(KEY);
    expect(everythingStored()).not.toContain(KEY);
    expect(localStorage.getItem(API_KEY_KEY)).toBeNull();
    const reloaded = createEndpointStore().getState();
    expect(reloaded).toMatchObject({
      provider: "openai-compatible",
      preset: "ollama",
      model: "llama3.2",
      apiKey: "",
    });
  });

  it("stores the key only when the designer opts in, and removes it at once when unticked", () => {
    const store = createEndpointStore();
    store.getState().save({ provider: "openai-compatible", apiKey: KEY, rememberKey: true });
    expect(localStorage.getItem(API_KEY_KEY)).toBe(KEY);
    expect(localStorage.getItem(ENDPOINT_KEY)).not.toContain(KEY);
    expect(createEndpointStore().getState().apiKey).toBe(KEY);

    store.getState().forgetKey();
    expect(localStorage.getItem(API_KEY_KEY)).toBeNull();
    expect(everythingStored()).not.toContain(KEY);
    // Still usable in this tab; gone after a reload.
    expect(store.getState()).toMatchObject({ apiKey: KEY, rememberKey: false });
    expect(createEndpointStore().getState().apiKey).toBe("");
  });

  it("removes a remembered key when saved with the box unticked", () => {
    const store = createEndpointStore();
    store.getState().save({ apiKey: KEY, rememberKey: true });
    store.getState().save({ rememberKey: false });
    expect(everythingStored()).not.toContain(KEY);
  });

  it("in a page opened from a file, never stores the key, even when asked, and removes one left there", () => {
    localStorage.setItem(API_KEY_KEY, "sk-left-by-another-local-page");
    localStorage.setItem(
      ENDPOINT_KEY,
      JSON.stringify({ state: { ...DEFAULT_ENDPOINT, rememberKey: true }, version: 1 }),
    );
    const store = createEndpointStore(Date.now, { canRememberKey: false });
    expect(store.getState()).toMatchObject({
      canRememberKey: false,
      rememberKey: false,
      apiKey: "",
    });
    expect(localStorage.getItem(API_KEY_KEY)).toBeNull();
    store.getState().save({ provider: "openai-compatible", apiKey: KEY, rememberKey: true });
    expect(store.getState()).toMatchObject({ apiKey: KEY, rememberKey: false });
    expect(everythingStored()).not.toContain(KEY);
    // Elsewhere (the studio's own address) the same request is honoured.
    const served = createEndpointStore(Date.now);
    expect(served.getState().canRememberKey).toBe(true);
    served.getState().save({ apiKey: KEY, rememberKey: true });
    expect(localStorage.getItem(API_KEY_KEY)).toBe(KEY);
  });

  it("never puts the key in an exported persona", () => {
    const studio = testStudio();
    createEndpointStore()
      .getState()
      .save({ provider: "openai-compatible", apiKey: KEY, rememberKey: true });
    expect(studio.exportOpen()!.text).not.toContain(KEY);
  });

  it.each([
    [{ temperature: 5 }, { temperature: 2 }],
    [{ temperature: -1 }, { temperature: 0 }],
    [{ temperature: "" }, { temperature: 0.7 }],
    [{ maxTokens: "300.4" }, { maxTokens: 300 }],
    [{ maxTokens: 0 }, { maxTokens: 1 }],
    [{ provider: "gemini" }, { provider: "rehearsal" }],
    [{ preset: "nope" }, { preset: "openai" }],
  ])("cleans %o into %o", (raw, expected) => {
    expect(cleanSettings(raw)).toMatchObject(expected);
  });

  it("survives unreadable stored settings", () => {
    localStorage.setItem(
      ENDPOINT_KEY,
      JSON.stringify({ state: { temperature: "hot", provider: 3 }, version: 1 }),
    );
    expect(createEndpointStore().getState()).toMatchObject({
      temperature: DEFAULT_ENDPOINT.temperature,
      provider: "rehearsal",
    });
  });

  it("names the endpoint by its host", () => {
    expect(endpointHost("http://localhost:11434/v1")).toBe("localhost:11434");
    expect(endpointHost("not a url")).toBe("not a url");
  });
});

describe("reply cache", () => {
  it("is bounded, dropping the least recently used reply first", () => {
    const cache = createReplyCache(3);
    for (const k of ["a", "b", "c"]) cache.set(k, k.toUpperCase());
    expect(cache.get("a")).toBe("A");
    cache.set("d", "D");
    expect(cache.size).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
  });
});
