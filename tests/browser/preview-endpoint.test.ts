import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startLlmServer, type LlmServer, type RecordedRequest } from "../llm-server/server";
import { ARTIFACTS } from "./harness/browser";
import { promptText, studioSession } from "./harness/studio-page";
import { conversation, lastTurn, preview, send, useEndpoint } from "./harness/preview";

const KEY = "sk-test-SECRET123";
const chats = (server: LlmServer): RecordedRequest[] =>
  server.requests.filter((r) => r.method === "POST");

describe("a designer previews the persona on an OpenAI-compatible endpoint", () => {
  let server: LlmServer;
  beforeAll(async () => {
    server = await startLlmServer({ chunkDelayMs: 5 });
  });
  afterAll(async () => {
    await server.close();
  });
  const studio = studioSession("/?lang=en");

  it("streams a reply, sending the compiled prompt first, the history, the model and the key", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { model: "mock-model", apiKey: KEY });
    await preview(page)
      .getByText(/mock-model at 127\.0\.0\.1/)
      .waitFor();
    await send(page, "Hello there");
    await lastTurn(page).getByText("Reply to: Hello there").waitFor();
    await lastTurn(page).getByText("Done").waitFor();
    const [request] = chats(server);
    const body = request!.body as {
      model: string;
      stream: boolean;
      messages: { role: string; content: string }[];
    };
    expect(body.model).toBe("mock-model");
    expect(body.stream).toBe(true);
    expect(body.messages[0]).toEqual({ role: "system", content: await promptText(page) });
    expect(body.messages.at(-1)).toEqual({ role: "user", content: "Hello there" });
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`);
    await studio.current.screenshot("preview-endpoint-chat");
  });

  it("stops a long reply, keeps the partial text, then regenerates", async () => {
    const { page } = studio.current;
    server.reset();
    server.setMode({ kind: "long", tokens: 5000, tokensPerSecond: 100 });
    await send(page, "Tell me everything");
    await expect
      .poll(async () => ((await lastTurn(page).textContent()) ?? "").length, { timeout: 10_000 })
      .toBeGreaterThan(60);
    await preview(page).getByRole("button", { name: "Stop" }).click();
    await lastTurn(page).getByText("Stopped").waitFor();
    expect(await chats(server)[0]!.settled).toBe("client-closed");
    const partial = (await lastTurn(page).textContent()) ?? "";
    expect(partial.length).toBeGreaterThan(60);

    server.setMode({ kind: "echo" });
    await preview(page).getByRole("button", { name: "Regenerate" }).click();
    await lastTurn(page).getByText("Reply to: Tell me everything").waitFor();
    expect(chats(server)).toHaveLength(2);
    const history = (chats(server)[1]!.body as { messages: { role: string; content: string }[] })
      .messages;
    expect(history.at(-1)).toEqual({ role: "user", content: "Tell me everything" });
  });

  it.each([
    // The last column is a detail the message must give ("" when the title says it all).
    ["a bad key (401)", { kind: "status", status: 401 }, "API key refused", ""],
    ["a wrong model (404)", { kind: "status", status: 404 }, "Model or URL not found", ""],
    ["a rate limit (429)", { kind: "status", status: 429, retryAfter: "7" }, "Rate limited", "7 s"],
    ["a server error (500)", { kind: "status", status: 500 }, "Server error", ""],
    ["an unavailable server (503)", { kind: "status", status: 503 }, "Server error", ""],
    ["a stream cut mid-reply", { kind: "cut", afterChunks: 2 }, "Reply cut off", ""],
    ["a malformed chunk", { kind: "malformed", afterChunks: 1 }, "Unreadable reply", ""],
    [
      "a server that refuses this origin (CORS)",
      { kind: "no-cors" },
      "Endpoint unreachable",
      "OLLAMA_ORIGINS",
    ],
  ] as const)(
    "shows %s in place, in plain words, with Retry",
    async (label, mode, title, detail) => {
      const { page } = studio.current;
      await preview(page).getByRole("button", { name: "Clear" }).click();
      server.reset();
      server.setMode(mode);
      // A new question each time: an identical history would be answered from the reply cache.
      const question = `Are you there? (${label})`;
      await send(page, question);
      const turn = lastTurn(page);
      await turn.getByText(title).waitFor();
      expect(await turn.getByRole("button", { name: "Retry" }).count()).toBe(1);
      const text = (await turn.textContent()) ?? "";
      expect(text).not.toContain(KEY);
      expect(text).toContain(detail);
      await studio.current.screenshot(`preview-fault-${title.toLowerCase().replace(/\W+/g, "-")}`);

      server.setMode({ kind: "echo" });
      await turn.getByRole("button", { name: "Retry" }).click();
      await lastTurn(page).getByText(`Reply to: ${question}`).waitFor();
    },
  );

  it("says when the endpoint sends nothing within the wait the designer set", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { apiKey: KEY, firstByteTimeoutS: 1 });
    server.reset();
    server.setMode({ kind: "hang" });
    await send(page, "Hello? (nothing comes back)");
    await lastTurn(page).getByText("No answer in time").waitFor({ timeout: 10_000 });
    expect(await lastTurn(page).getByRole("button", { name: "Retry" }).count()).toBe(1);
    server.setMode({ kind: "echo" });
    await useEndpoint(page, server.url, { apiKey: KEY });
  });

  it("stops a reply that runs past 200,000 characters, keeps its text, and sends the Max tokens it was given", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { apiKey: KEY, maxTokens: 300 });
    server.reset();
    // A server that ignores max_tokens and would send 50 MB: the studio must not wait for it.
    server.setMode({ kind: "huge", chars: 50_000_000, chunkChars: 4_096 });
    await send(page, "Tell me absolutely everything.");
    const turn = lastTurn(page);
    await turn.getByText("Reply too long").waitFor({ timeout: 20_000 });
    expect(await turn.textContent()).toContain("The reply passed 200,000 characters");
    expect(await turn.locator(".pv-text").evaluate((p) => p.textContent?.length)).toBe(200_000);
    // Found by what it asked, not by its place: CI once saw a request that had finished first.
    const huge = chats(server).find((r) =>
      JSON.stringify(r.body).includes("Tell me absolutely everything."),
    );
    // On failure the diff shows every request the server saw, with its outcome.
    const seen = chats(server).map((r) => `${r.outcome} ${JSON.stringify(r.body).slice(0, 160)}`);
    expect({ outcome: await huge?.settled, seen }).toMatchObject({ outcome: "client-closed" });
    expect(huge!.body).toMatchObject({ max_tokens: 300 });
    // The whole page would be 200,000 characters tall: the fault is what there is to see.
    await turn.locator(".pv-fault").screenshot({
      path: path.join(ARTIFACTS, "screenshots", "preview-fault-reply-too-long.png"),
    });
    // Still answering: the composer takes the next message at once.
    server.setMode({ kind: "echo" });
    await send(page, "A short one now.");
    await lastTurn(page).getByText("Reply to: A short one now.").waitFor();
    await useEndpoint(page, server.url, { apiKey: KEY });
  });

  it("says when a reply stalls after its first words, and keeps them", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { apiKey: KEY, firstByteTimeoutS: 1 });
    server.reset();
    server.setMode({ kind: "stall", afterChunks: 2 });
    await send(page, "Hello? (it stops halfway)");
    const turn = lastTurn(page);
    await turn.getByText("Reply stalled").waitFor({ timeout: 10_000 });
    expect(await turn.locator(".pv-text").textContent()).toBe("Reply to:");
    expect(await turn.getByText("Interrupted: the text above is partial.").count()).toBe(1);
    expect(await chats(server)[0]!.settled).toBe("client-closed");
    await studio.current.screenshot("preview-fault-reply-stalled");
    server.setMode({ kind: "echo" });
    await turn.getByRole("button", { name: "Retry" }).click();
    await lastTurn(page).getByText("Reply to: Hello? (it stops halfway)").waitFor();
    await useEndpoint(page, server.url, { apiKey: KEY });
  });

  it("tests the connection from the settings and says so in plain words", async () => {
    const { page } = studio.current;
    server.reset();
    await preview(page).getByRole("button", { name: "Settings" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Test connection" }).click();
    await dialog.getByText(/Connected: mock-model at 127\.0\.0\.1/).waitFor();
    expect(server.requests.filter((r) => r.method !== "OPTIONS").length).toBe(1);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("says when the endpoint cannot be reached at all", async () => {
    const { page } = studio.current;
    const closed = await startLlmServer();
    const url = closed.url;
    await closed.close();
    await useEndpoint(page, url, { apiKey: KEY });
    await send(page, "Anyone?");
    await lastTurn(page).getByText("Endpoint unreachable").waitFor();
    expect(await lastTurn(page).getByRole("button", { name: "Retry" }).count()).toBe(1);
    await useEndpoint(page, server.url, { apiKey: KEY });
  });

  it("debounces live replay: 20 slider changes in 2 s make one request per scenario turn, stale ones aborted", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { apiKey: KEY });
    const clear = preview(page).getByRole("button", { name: "Clear" });
    if ((await clear.count()) > 0) await clear.click();
    server.reset();
    server.setMode({ kind: "echo", chunkDelayMs: 60 });
    await preview(page).getByLabel("Scenario", { exact: true }).selectOption({ index: 1 });
    await preview(page).getByRole("switch", { name: "Live replay" }).click();
    // The first live run starts after the debounce; catch it while it streams.
    await expect.poll(() => chats(server).length, { timeout: 5_000 }).toBeGreaterThan(0);
    const inFlight = chats(server).at(-1)!;

    const warmth = page.getByRole("slider", { name: "Warmth", exact: true });
    await warmth.focus();
    const started = Date.now();
    await page.keyboard.press("End");
    for (let i = 0; i < 19; i++) await page.keyboard.press("ArrowLeft");
    expect(Date.now() - started).toBeLessThan(2_000);
    const before = chats(server).length;
    expect(await inFlight.settled).toBe("client-closed");

    server.setMode({ kind: "echo" });
    const userTurns = conversation(page).getByRole("listitem").filter({ hasText: /^You/ });
    await expect
      .poll(
        async () =>
          (await lastTurn(page).getByText("Done").count()) === 1 && chats(server).length > before,
        { timeout: 15_000 },
      )
      .toBe(true);
    await expect.poll(() => lastTurn(page).getByText("Done").count(), { timeout: 15_000 }).toBe(1);
    const turns = await userTurns.count();
    const after = chats(server).slice(before);
    expect(turns).toBeGreaterThan(1);
    expect(after).toHaveLength(turns);
    // One request per user turn: each carries one more exchange of history than the last.
    expect(after.map((r) => (r.body as { messages: unknown[] }).messages.length)).toEqual(
      after.map((_, i) => 2 + 2 * i),
    );
    await preview(page).getByRole("switch", { name: "Live replay" }).click();
  });

  it("keeps the key out of the exported persona and out of storage unless asked to remember it", async () => {
    const { page } = studio.current;
    const stored = () =>
      page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      );
    expect(await stored()).not.toContain(KEY);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON", exact: true }).click(),
    ]);
    expect(await readFile((await download.path())!, "utf8")).not.toContain(KEY);

    await useEndpoint(page, server.url, { apiKey: KEY, remember: true });
    expect(await stored()).toContain(KEY);
    await useEndpoint(page, server.url, { apiKey: KEY, remember: false });
    expect(await stored()).not.toContain(KEY);
    // Still usable in this tab: the key stays in memory.
    server.reset();
    await send(page, "Still there?");
    await lastTurn(page).getByText("Reply to: Still there?").waitFor();
    expect(chats(server)[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(await conversation(page).getByRole("listitem").count()).toBeGreaterThan(0);
  });
});
