import { afterEach, expect, test, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("./openai-provider");
  vi.resetModules();
});

const config = { baseURL: "http://127.0.0.1:9/v1", apiKey: "" };

test("gives the OpenAI-compatible provider once its module is in", async () => {
  const { loadEndpointProvider } = await import("./load-endpoint");
  const provider = await loadEndpointProvider(config);
  expect(provider.id).toBe("openai-compatible");
});

test("says a module that cannot be fetched could not be loaded, not that the endpoint is down", async () => {
  vi.doMock("./openai-provider", () => {
    throw new TypeError("Failed to fetch dynamically imported module");
  });
  const { loadEndpointProvider } = await import("./load-endpoint");
  const failure = await loadEndpointProvider(config).catch((error: unknown) => error);
  // The class as the freshly imported module sees it (modules are reset between cases).
  const { ProviderError } = await import("./types");
  expect(failure).toBeInstanceOf(ProviderError);
  expect(failure).toMatchObject({ kind: "unloaded" });
});
