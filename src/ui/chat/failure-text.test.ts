import { describe, expect, test } from "vitest";
import { providerFailure } from "../../providers/errors";
import { ProviderError, type ProviderErrorKind } from "../../providers/types";
import { messagesIn, type UiLanguage } from "../i18n";
import { providerErrorMessages } from "../i18n/messages/provider-errors";
import { failureText } from "./failure-text";

/** A failed reply as the page shows it: the provider's kind and data, worded in `language`. */
function describeProviderError(error: unknown, language: UiLanguage) {
  const failure = providerFailure(error);
  return {
    ...failureText(failure, messagesIn(providerErrorMessages, language)),
    retryable: failure.retryable,
  };
}
const corsHelp = (language: UiLanguage) => messagesIn(providerErrorMessages, language).corsHelp;

const kinds: [ProviderErrorKind, boolean][] = [
  ["auth", false],
  ["not-found", false],
  ["rate-limit", true],
  ["server", true],
  ["network", true],
  ["cors", false],
  ["interrupted", true],
  ["malformed", false],
  ["timeout", true],
  ["stalled", true],
  ["too-long", false],
  ["aborted", true],
  ["bad-request", false],
  ["unloaded", false],
];

describe.each(kinds)("%s", (kind, retryable) => {
  test.each(["en", "fr"] as const)(
    "has a title and plain words in %s, never the key",
    (language) => {
      const error = new ProviderError(kind, "x", {
        serverMessage: "key sk-test-SECRET123 refused",
      });
      const shown = describeProviderError(error, language);
      expect(shown.title.length).toBeGreaterThan(3);
      expect(shown.detail.length).toBeGreaterThan(15);
      expect(shown.retryable).toBe(retryable);
      expect(`${shown.title} ${shown.detail}`).not.toContain("SECRET123");
    },
  );
});

test("French and English texts differ (no untranslated kind)", () => {
  for (const [kind] of kinds) {
    const error = new ProviderError(kind, "x");
    expect(describeProviderError(error, "fr").detail).not.toBe(
      describeProviderError(error, "en").detail,
    );
  }
});

test.each([
  ["en", 12_000, "Retry in 12 s."],
  ["fr", 12_000, "Réessayez dans 12 s."],
  ["en", 300, "Retry in 1 s."],
] as const)("rate limit in %s with %i ms says %s", (language, retryAfterMs, expected) => {
  const error = new ProviderError("rate-limit", "x", { status: 429, retryAfterMs });
  expect(describeProviderError(error, language).detail).toContain(expected);
});

test("auth names the status and where to fix it; not-found too", () => {
  expect(describeProviderError(new ProviderError("auth", "x", { status: 401 }), "en").detail).toBe(
    "The endpoint refused the API key (401). Check the key in Settings.",
  );
  expect(
    describeProviderError(new ProviderError("not-found", "x", { status: 404 }), "en").detail,
  ).toMatch(/^No such model or URL \(404\)/);
});

test("network and cors explain how to allow the origin in Ollama and LM Studio", () => {
  for (const kind of ["network", "cors"] as const) {
    for (const language of ["en", "fr"] as const) {
      const { detail } = describeProviderError(new ProviderError(kind, "x"), language);
      expect(detail).toContain("OLLAMA_ORIGINS");
      expect(detail).toContain("LM Studio");
      expect(detail).toContain("CORS");
    }
  }
  expect(corsHelp("fr")).toContain("Enable CORS");
});

test("the server's words are quoted after the explanation", () => {
  const error = new ProviderError("not-found", "x", {
    status: 404,
    serverMessage: "The model `gpt-9` does not exist",
  });
  expect(describeProviderError(error, "fr").detail).toContain(
    "Réponse du serveur : « The model `gpt-9` does not exist »",
  );
});

test("a reply stopped at the cap says where the cap is and what to change", () => {
  const error = new ProviderError("too-long", "x");
  expect(describeProviderError(error, "en").detail).toMatch(
    /^The reply passed 200,000 characters.*“Max tokens”/,
  );
  expect(describeProviderError(error, "fr").detail).toMatch(
    /^La réponse a dépassé 200\u202f000 caractères.*« Jetons maximum »/,
  );
});

test("anything that is not a ProviderError still gets a description", () => {
  expect(describeProviderError(new Error("boom"), "en").title).toBe("Endpoint unreachable");
});
