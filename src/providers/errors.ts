/**
 * Every way a reply can fail, as a kind and its data (the UI words them, in
 * ui/i18n/messages/provider-errors.ts), plus the helpers the provider uses to keep the API
 * key out of anything a person or a log can read.
 * No `openai` import here: the UI loads this eagerly, the SDK only on demand.
 */
import { ProviderError, type ProviderErrorKind } from "./types";

/** What the UI needs to say about a failed reply: no words, only the facts. */
export interface ProviderFailure {
  kind: ProviderErrorKind;
  /** The HTTP status, when the endpoint answered with one. */
  status?: number;
  /** How long the endpoint asked to wait before retrying, in ms (rate limits). */
  retryAfterMs?: number;
  /** The endpoint's own words about the failure, trimmed, with anything shaped like a key scrubbed. */
  serverMessage?: string;
  /** Whether pressing Retry as is may help. */
  retryable: boolean;
}

// Shapes of secrets seen in the wild: OpenAI/Mistral-style keys and bearer headers. The exact key is
// scrubbed by `scrubSecret`; these patterns are the second line of defence when the key is unknown.
const SECRET_PATTERNS = [/\bsk-[A-Za-z0-9_-]{8,}/g, /\bBearer\s+[^\s"',]+/gi];

/**
 * Removes the API key (and anything shaped like a key) from a text.
 * Keys shorter than 3 characters are not secrets worth mangling every message for.
 */
export function scrubSecret(text: string, secret?: string): string {
  let out = text;
  for (const candidate of new Set([secret, secret?.trim()])) {
    if (candidate && candidate.length >= 3) out = out.split(candidate).join("***");
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match) =>
      match.toLowerCase().startsWith("bearer") ? "Bearer ***" : "sk-***",
    );
  }
  return out;
}

// Worth pressing Retry as is: the failure is on the wire or the server, not in the settings.
// Not "too-long": the same request would run past the cap again. Not "unloaded": the browser
// remembers a module it failed to fetch until the page reloads.
const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set([
  "rate-limit",
  "server",
  "network",
  "interrupted",
  "timeout",
  "stalled",
  "aborted",
]);

/** The kind and data of any error a provider throws (anything else counts as unreachable). */
export function providerFailure(error: unknown): ProviderFailure {
  const providerError =
    error instanceof ProviderError
      ? error
      : new ProviderError("network", error instanceof Error ? error.message : String(error));
  const said = providerError.serverMessage?.trim();
  return {
    kind: providerError.kind,
    status: providerError.status,
    retryAfterMs: providerError.retryAfterMs,
    serverMessage: said ? scrubSecret(said) : undefined,
    retryable: RETRYABLE.has(providerError.kind),
  };
}
