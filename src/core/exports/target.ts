/**
 * Where an export sends its requests: the endpoint the designer chose in the preview
 * settings. Only the base URL and the model travel into an export, never a key: every
 * export reads the key from an environment variable when it runs.
 */

export interface EndpointTarget {
  /** An OpenAI-compatible base URL, ending in /v1 for most servers. */
  baseURL: string;
  model: string;
}

/** OpenAI's own API, as the studio's first endpoint preset (providers/types.ts) names it. */
export const OPENAI_BASE_URL = "https://api.openai.com/v1";

/** The studio's default endpoint; core cannot import the providers layer, so it is repeated here. */
export const DEFAULT_TARGET: EndpointTarget = Object.freeze({
  baseURL: OPENAI_BASE_URL,
  model: "gpt-4o-mini",
});

/**
 * The environment variable every export reads the key from. OPENAI_API_KEY is what the
 * openai SDKs read by default, so it also serves compatible servers that need no key.
 */
export const API_KEY_ENV = "OPENAI_API_KEY";

/** Generation settings an export asks for: the preview's defaults (stores/endpoint-store.ts). */
export const EXPORT_PARAMS = Object.freeze({ temperature: 0.7, maxTokens: 512 });

/** The base URL without trailing slashes, or OpenAI's when blank, so "/chat/completions" appends cleanly. */
export function baseUrlOf(target: EndpointTarget): string {
  const trimmed = target.baseURL.trim().replace(/\/+$/, "");
  return trimmed === "" ? OPENAI_BASE_URL : trimmed;
}

/** The model, or the default one when blank: an export with `"model": ""` would only fail later. */
export function modelOf(target: EndpointTarget): string {
  const trimmed = target.model.trim();
  return trimmed === "" ? DEFAULT_TARGET.model : trimmed;
}

/** True for OpenAI's own API, where tools need no base URL of their own. */
export function isOpenAI(target: EndpointTarget): boolean {
  return baseUrlOf(target) === OPENAI_BASE_URL;
}
