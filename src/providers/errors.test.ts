import { describe, expect, test } from "vitest";
import { providerFailure, scrubSecret } from "./errors";
import { ProviderError } from "./types";

// What the UI words (ui/chat/failure-text.test.ts reads each kind in both languages).
describe("providerFailure", () => {
  test("gives the kind and its data, the server's words trimmed and scrubbed of a key", () => {
    const error = new ProviderError("rate-limit", "x", {
      status: 429,
      retryAfterMs: 12_000,
      serverMessage: "  key sk-test-SECRET123 refused ",
    });
    expect(providerFailure(error)).toEqual({
      kind: "rate-limit",
      status: 429,
      retryAfterMs: 12_000,
      serverMessage: "key sk-*** refused",
      retryable: true,
    });
  });

  test("counts anything that is not a ProviderError as an unreachable endpoint", () => {
    expect(providerFailure(new Error("boom"))).toMatchObject({
      kind: "network",
      retryable: true,
      serverMessage: undefined,
    });
  });
});

describe("scrubSecret", () => {
  test("removes the exact key, key-shaped tokens and bearer headers", () => {
    expect(scrubSecret("key my-local-key-42 refused", "my-local-key-42")).toBe("key *** refused");
    expect(scrubSecret("Incorrect API key provided: sk-proj-abcdefgh12345")).toBe(
      "Incorrect API key provided: sk-***",
    );
    expect(scrubSecret('{"authorization":"Bearer abc.def"}')).toBe(
      '{"authorization":"Bearer ***"}',
    );
  });

  test("leaves already-masked keys and ordinary words alone", () => {
    const masked = "Incorrect API key provided: sk-VKMIs***wjh3.";
    expect(scrubSecret(masked, "ab")).toBe(masked);
  });
});
