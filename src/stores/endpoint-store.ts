/**
 * Where the preview gets its replies: the offline rehearsal (default) or an OpenAI-compatible
 * endpoint. The settings are remembered on this device; the API key is not, unless the
 * designer ticks "Remember on this device" — then it sits under its own key, unencrypted,
 * and unticking removes it at once. A page opened from a file never remembers it: every
 * `file://` page shares one localStorage, so any other local HTML file could read the key.
 */
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { ENDPOINT_PRESETS, type EndpointPresetId } from "../providers/types";
import { readRaw, removeRaw, safeJsonStorage, writeRaw } from "./storage";

export type ProviderChoice = "rehearsal" | "openai-compatible";

export interface EndpointSettings {
  provider: ProviderChoice;
  preset: EndpointPresetId;
  baseURL: string;
  model: string;
  /** 0..2, as the OpenAI API takes it. */
  temperature: number;
  /** Upper bound on each reply, in tokens. */
  maxTokens: number;
  /** Seconds to wait for the first streamed byte before saying so (slow local models need more). */
  firstByteTimeoutS: number;
  /** The designer's opt-in to keep the API key in this browser's storage. */
  rememberKey: boolean;
}

export interface EndpointState extends EndpointSettings {
  /** In memory only, unless `rememberKey`. Never part of the persisted settings object. */
  apiKey: string;
  /** False in a page opened from a file: the key is then kept for the tab only, whatever is asked. */
  readonly canRememberKey: boolean;
  /** Applies the settings dialog's values (one "Save"). */
  save(next: Partial<Record<keyof EndpointSettings | "apiKey", unknown>>): void;
  /** Unticking "Remember on this device": the stored key goes at once; the one in memory stays. */
  forgetKey(): void;
}

export const ENDPOINT_KEY = "psydesign.endpoint";
export const API_KEY_KEY = "psydesign.endpoint.apiKey";

const openai = ENDPOINT_PRESETS[0];
export const DEFAULT_ENDPOINT: EndpointSettings = {
  provider: "rehearsal",
  preset: openai.id,
  baseURL: openai.baseURL,
  model: openai.model,
  temperature: 0.7,
  maxTokens: 512,
  firstByteTimeoutS: 20,
  rememberKey: false,
};

const PRESET_IDS = new Set<string>(ENDPOINT_PRESETS.map((p) => p.id));

const number = (value: unknown, min: number, max: number, fallback: number): number => {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && value.trim() !== ""
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

const text = (value: unknown, fallback: string) =>
  typeof value === "string" ? value.trim() : fallback;

/** Settings from anywhere (storage, a form) made safe: unknown values fall back to defaults. */
export function cleanSettings(
  raw: Partial<Record<keyof EndpointSettings, unknown>>,
  base = DEFAULT_ENDPOINT,
): EndpointSettings {
  return {
    provider:
      raw.provider === "openai-compatible" || raw.provider === "rehearsal"
        ? raw.provider
        : base.provider,
    preset:
      typeof raw.preset === "string" && PRESET_IDS.has(raw.preset)
        ? (raw.preset as EndpointPresetId)
        : base.preset,
    baseURL: text(raw.baseURL, base.baseURL),
    model: text(raw.model, base.model),
    temperature: number(raw.temperature, 0, 2, base.temperature),
    maxTokens: Math.round(number(raw.maxTokens, 1, 128_000, base.maxTokens)),
    firstByteTimeoutS: number(raw.firstByteTimeoutS, 1, 600, base.firstByteTimeoutS),
    rememberKey: typeof raw.rememberKey === "boolean" ? raw.rememberKey : base.rememberKey,
  };
}

const settingsOf = (s: EndpointState): EndpointSettings => ({
  provider: s.provider,
  preset: s.preset,
  baseURL: s.baseURL,
  model: s.model,
  temperature: s.temperature,
  maxTokens: s.maxTokens,
  firstByteTimeoutS: s.firstByteTimeoutS,
  rememberKey: s.rememberKey,
});

function storeKey(apiKey: string, remember: boolean): void {
  if (remember && apiKey !== "") writeRaw(API_KEY_KEY, apiKey);
  else removeRaw(API_KEY_KEY);
}

/** A page opened from disk (the review page file): its storage is every local HTML file's. */
export const openedFromFile = (): boolean => globalThis.location?.protocol === "file:";

export interface EndpointStoreOptions {
  /** Whether "Remember on this device" may store the key; by default, unless the page was opened from a file. */
  canRememberKey?: boolean;
}

export function createEndpointStore(
  now: () => number = Date.now,
  options: EndpointStoreOptions = {},
) {
  const canRememberKey = options.canRememberKey ?? !openedFromFile();
  const allowed = (settings: EndpointSettings): EndpointSettings =>
    canRememberKey ? settings : { ...settings, rememberKey: false };
  return createStore<EndpointState>()(
    persist(
      (set, get) => ({
        ...DEFAULT_ENDPOINT,
        apiKey: "",
        canRememberKey,
        save: (next) => {
          const settings = allowed(
            cleanSettings({ ...settingsOf(get()), ...next }, settingsOf(get())),
          );
          const apiKey = typeof next.apiKey === "string" ? next.apiKey.trim() : get().apiKey;
          storeKey(apiKey, settings.rememberKey);
          set({ ...settings, apiKey });
        },
        forgetKey: () => {
          removeRaw(API_KEY_KEY);
          set({ rememberKey: false });
        },
      }),
      {
        name: ENDPOINT_KEY,
        version: 1,
        storage: safeJsonStorage<EndpointSettings>({ now }),
        // The key is left out here on purpose: it has its own storage key, written only on opt-in.
        partialize: settingsOf,
        merge: (persisted, current) => {
          const settings = allowed(cleanSettings((persisted ?? {}) as Partial<EndpointSettings>));
          // A key that an older version left in a file page's shared storage goes now.
          if (!canRememberKey) removeRaw(API_KEY_KEY);
          const apiKey = settings.rememberKey ? (readRaw(API_KEY_KEY) ?? "") : "";
          return { ...current, ...settings, apiKey };
        },
      },
    ),
  );
}

export type EndpointStore = ReturnType<typeof createEndpointStore>;

/** "gpt-4o-mini at api.openai.com", or the base URL itself when it does not parse. */
export function endpointHost(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
}
