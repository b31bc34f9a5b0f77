/** The chat store's vocabulary: turns, runs, and what the store needs from the studio. */
import type { ChatMessage } from "../core/conversation";
import type { Persona } from "../core/persona/schema";
import type { Scenario } from "../core/scenarios/types";
import type { ChatProvider, GenerationParams } from "../providers/types";
import type { FrameScheduler } from "./chat-run";
import type { SliceScheduler } from "./run-slices";
import type { ReplyCache } from "./reply-cache";
import type { Studio } from "./studio";

export type RunStatus = "idle" | "submitted" | "streaming" | "done" | "error";
export type TurnStatus = "queued" | "streaming" | "done" | "error" | "stopped";

/** A finished reply's text and the persona snapshot it was written for. */
export interface ReplyVersion {
  text: string;
  persona: Persona;
}

export interface Turn {
  id: string;
  role: "user" | "assistant";
  text: string;
  status: TurnStatus;
  /** What the provider threw (a ProviderError), for describeProviderError in the UI language. */
  error?: unknown;
  /** The reply came from the cache: no request was made. */
  cached?: boolean;
  /** How many times Regenerate asked for this reply (sent to the provider as `variant`). */
  variant?: number;
  /** Regenerate found no other wording for this reply: the text is the same as before (offline rehearsal only). */
  noOtherWording?: boolean;
  /** The reply's last finished text (kept while a re-run writes the next one). */
  settled?: ReplyVersion;
  /**
   * What this reply said before the latest live re-run that changed its text ("Show before").
   * One per turn: each such re-run replaces it; Regenerate drops it.
   */
  before?: ReplyVersion;
}

/** Where replies come from right now, as the endpoint settings say. */
export interface Connection {
  providerId: string;
  baseURL: string;
  params: GenerationParams;
  /** The offline rehearsal costs nothing: live replay runs on every change, without debounce. */
  offline: boolean;
  /** The provider itself, loaded only when a reply is not in the cache. */
  load(): ChatProvider | Promise<ChatProvider>;
}

/**
 * What the chat needs from its host: the persona to talk as, and a way to hear that it
 * changed (live replay). The studio is one host; the client's review page is another.
 */
export interface ChatHost {
  openPersona: Studio["openPersona"];
  library: { subscribe(listener: () => void): () => void };
}

export interface ChatDeps {
  studio: ChatHost;
  /** `live`: the run is a live replay (the offline rehearsal then skips its typing effect). */
  connection(options: { live: boolean }): Connection;
  /** The scenarios offered for a persona (built-ins in its language, then its own). */
  scenarios(persona: Persona): readonly Scenario[];
  /**
   * What the page shows before the first turn, as the start of every reply's history: the
   * review page shows the persona's greeting, so the first reply must not greet again.
   */
  opening?(persona: Persona): ChatMessage[];
  liveDelayMs?: number;
  frame?: FrameScheduler;
  /** How a live re-run gives the page back its main thread between replies (run-slices.ts). */
  slices?: SliceScheduler;
  /** Finished replies, shared with the persona tests (a reply already seen costs no request). */
  cache?: ReplyCache;
}

export interface ChatState {
  conversations: Readonly<Record<string, readonly Turn[]>>;
  status: RunStatus;
  /** The persona whose conversation the run writes to. */
  runPersonaId: string | null;
  live: boolean;
  /** Live replay is waiting for the designer to stop editing (endpoint debounce). */
  liveWaiting: boolean;
  scenarioId: string | null;
  send(text: string): void;
  stop(): void;
  regenerate(): void;
  retry(turnId: string): void;
  clear(): void;
  replay(): void;
  selectScenario(id: string): void;
  setLive(on: boolean): void;
  dispose(): void;
}

/** How a run starts: `fresh` reads nothing from the cache; `queued`, the turns it answers, not yet shown. */
export interface RunOptions {
  fresh?: boolean;
  live?: boolean;
  queued?: Turn[];
}

/** A reply waiting for its run to write it. */
export const isQueuedReply = (turn: Turn): boolean =>
  turn.role === "assistant" && turn.status === "queued";

/** The messages a reply answers: every turn before it, skipping replies that wrote nothing. */
export const historyBefore = (turns: readonly Turn[], index: number): ChatMessage[] =>
  turns
    .slice(0, index)
    .filter((t) => t.role === "user" || t.text !== "")
    .map((t) => ({ role: t.role, content: t.text }));

/** The scenario a persona replays: the selected one if it is offered, else the first. */
export function selectedScenario(
  scenarios: readonly Scenario[],
  id: string | null,
): Scenario | undefined {
  return scenarios.find((s) => s.id === id) ?? scenarios[0];
}
