/**
 * The conversation preview's stores, wired to a studio. Created on first use by the (lazy)
 * preview panel, so neither the chat engine nor the rehearsal weighs on the first screen;
 * the `openai` SDK is loaded only when an endpoint is actually called.
 */
import type { ChatMessage } from "../core/conversation";
import type { Persona } from "../core/persona/schema";
import type { ChatProvider, EndpointConfig } from "../providers/types";
import { loadEndpointProvider } from "../providers/load-endpoint";
import { createRehearsalProvider } from "../providers/rehearsal-provider";
import { REHEARSAL_PARAMS } from "../providers/reply-cache";
import { createChatStore, type ChatHost, type Connection } from "./chat-store";
import { systemPromptOf } from "./compiler";
import { createReplyCache } from "./reply-cache";
import { createEndpointStore, type EndpointSettings } from "./endpoint-store";
import { scenariosOf } from "./own-scenarios";
import type { Studio } from "./studio";

export interface PreviewOptions {
  now?: () => number;
  /** Milliseconds between two rehearsal words when a reply is typed out (not in live replay). */
  typingDelayMs?: number;
  liveDelayMs?: number;
  /** Replaces the OpenAI-compatible provider (tests use a fake of the ChatProvider interface). */
  endpointProvider?: (config: EndpointConfig) => ChatProvider | Promise<ChatProvider>;
  /** Whether the API key may be remembered on this device (by default, unless opened from a file). */
  canRememberKey?: boolean;
  /** What the page shows before the first turn (ChatDeps.opening). */
  opening?: (persona: Persona) => ChatMessage[];
}

export function createPreview(studio: ChatHost, options: PreviewOptions = {}) {
  const endpoint = createEndpointStore(options.now, { canRememberKey: options.canRememberKey });
  const typing = createRehearsalProvider({ wordDelayMs: options.typingDelayMs ?? 12 });
  const instant = createRehearsalProvider();
  const endpointProvider = options.endpointProvider ?? loadEndpointProvider;
  let remote:
    | {
        baseURL: string;
        apiKey: string;
        firstByteTimeoutMs?: number;
        provider: Promise<ChatProvider>;
      }
    | undefined;

  const providerFor = (config: EndpointConfig): Promise<ChatProvider> => {
    if (
      remote?.baseURL !== config.baseURL ||
      remote.apiKey !== config.apiKey ||
      remote.firstByteTimeoutMs !== config.firstByteTimeoutMs
    ) {
      const provider = Promise.resolve(endpointProvider(config));
      // A failed import (offline, new deploy) must be retried next time, not cached.
      provider.catch(() => {
        if (remote?.provider === provider) remote = undefined;
      });
      remote = { ...config, provider };
    }
    return remote.provider;
  };

  const connectionOf = (
    settings: EndpointSettings & { apiKey: string },
    live: boolean,
  ): Connection => {
    if (settings.provider === "rehearsal") {
      return {
        providerId: "rehearsal",
        baseURL: "",
        params: REHEARSAL_PARAMS,
        offline: true,
        load: () => (live ? instant : typing),
      };
    }
    const { baseURL, apiKey, model, temperature, maxTokens } = settings;
    const firstByteTimeoutMs = settings.firstByteTimeoutS * 1000;
    return {
      providerId: "openai-compatible",
      baseURL,
      params: { model, temperature, maxTokens },
      offline: false,
      load: () => providerFor({ baseURL, apiKey, firstByteTimeoutMs }),
    };
  };

  // One cache for the conversation and the persona tests (tests-store.ts).
  const cache = createReplyCache();
  const chat = createChatStore({
    studio,
    cache,
    connection: ({ live }) => connectionOf(endpoint.getState(), live),
    scenarios: scenariosOf,
    ...(options.opening ? { opening: options.opening } : {}),
    liveDelayMs: options.liveDelayMs,
  });

  /**
   * One tiny request (a reply of at most one token) with the settings being edited, before
   * they are saved. Resolves with what happened; never rejects.
   */
  const testConnection = async (
    settings: EndpointSettings & { apiKey: string },
    signal: AbortSignal = new AbortController().signal,
  ): Promise<{ ok: true; reply: string } | { ok: false; error: unknown }> => {
    const persona: Persona | undefined = studio.openPersona();
    if (!persona) return { ok: false, error: new Error("no persona is open") };
    try {
      const connection = connectionOf({ ...settings, maxTokens: 1 }, true);
      const provider =
        settings.provider === "rehearsal"
          ? instant
          : await endpointProvider({ baseURL: settings.baseURL, apiKey: settings.apiKey });
      let reply = "";
      const request = {
        systemPrompt: settings.provider === "rehearsal" ? "" : await systemPromptOf(persona),
        persona,
        messages: [{ role: "user" as const, content: "Hello" }],
        params: { ...connection.params, maxTokens: 1 },
        signal,
      };
      for await (const event of provider.stream(request))
        if (event.type === "delta") reply += event.text;
      return { ok: true, reply };
    } catch (error) {
      return { ok: false, error };
    }
  };

  return { endpoint, chat, cache, testConnection, dispose: () => chat.getState().dispose() };
}

export type Preview = ReturnType<typeof createPreview>;

const previews = new WeakMap<Studio, Preview>();

/**
 * The preview of a studio, created once: it outlives the panel being unmounted. `options`
 * count only on the first call (tests pass a fake endpoint provider this way).
 */
export function previewOf(studio: Studio, options?: PreviewOptions): Preview {
  let preview = previews.get(studio);
  if (!preview) {
    preview = createPreview(studio, options);
    previews.set(studio, preview);
  }
  return preview;
}

/**
 * The studio's first screen shows the persona talking, following the sliders: Live replay
 * is turned on (which replays the selected scenario at once) when replies come from the
 * offline rehearsal, where it costs nothing. With an endpoint a reply costs tokens, so Live
 * replay stays the designer's choice: switching to an endpoint turns off what was turned on
 * here, unless the designer has touched the switch since. Once per preview: a remount does
 * not undo a choice.
 */
export function startLiveReplay(preview: Preview): void {
  const { chat, endpoint } = preview;
  if (started.has(preview)) return;
  started.add(preview);
  if (endpoint.getState().provider !== "rehearsal") return;
  chat.getState().setLive(true);
  const stop = () => {
    offChat();
    offEndpoint();
  };
  const offChat = chat.subscribe((s, before) => {
    if (s.live !== before.live) stop();
  });
  const offEndpoint = endpoint.subscribe((s) => {
    if (s.provider === "rehearsal") return;
    stop();
    chat.getState().setLive(false);
  });
}

const started = new WeakSet<Preview>();
