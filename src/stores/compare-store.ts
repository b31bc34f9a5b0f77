/**
 * The A/B comparison's store: two sides, each a persona (the open one, a saved version or
 * another persona) on a target (the offline rehearsal or a model on the preview's endpoint),
 * answering the same user turns concurrently, one AbortController for both. The versions come
 * through `listVersions` (the coordinator wires it to the versions store); the conversation
 * through `conversation` (the preview's, by default in compareOf).
 */
import { createStore } from "zustand/vanilla";
import { SIDE_IDS, type CompareReading, type SideId } from "../core/compare/types";
import { blankPersona } from "../core/persona/blank";
import type { Persona } from "../core/persona/schema";
import type { TestTarget } from "../core/persona-tests/types";
import type { PersonaVersion } from "../core/versions/types";
import { OFFLINE_TARGET, endpointTarget } from "../providers/test-generate";
import { loadEndpointProvider } from "../providers/load-endpoint";
import { createRehearsalProvider } from "../providers/rehearsal-provider";
import type { ReplyCacheLike } from "../providers/reply-cache";
import type { ChatProvider, EndpointConfig } from "../providers/types";
import { nextFrame, type FrameScheduler } from "./chat-run";
import { compiledOf } from "./compiled";
import { runSide } from "./compare-store-run";
import type {
  CompareState,
  LiveReply,
  SideChoice,
  SourceChoice,
  TargetChoice,
} from "./compare-store-state";
import type { EndpointSettings } from "./endpoint-store";

export type * from "./compare-store-state";

export interface CompareDeps {
  /** The persona open in the studio, as it is now. */
  openPersona(): Persona | undefined;
  /** Another persona of the library, by id. */
  persona(id: string): Persona | undefined;
  endpoint(): EndpointSettings & { apiKey: string };
  /** The user turns both sides answer (the conversation on screen, else the scenario's). */
  conversation(): readonly string[];
  listVersions?(personaId: string): Promise<PersonaVersion[]>;
  cache?: ReplyCacheLike;
  /** Replaces the OpenAI-compatible provider (tests pass a fake). */
  endpointProvider?: (config: EndpointConfig) => ChatProvider | Promise<ChatProvider>;
  /** Milliseconds between two words of the offline rehearsal (typed out, as in the preview). */
  typingDelayMs?: number;
  frame?: FrameScheduler;
}

// The meter parses its word tables on its first reading (tens of ms): a few small readings,
// each in a task of its own, spread that before the first real reply is read.
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let reader: Promise<typeof import("../core/compare/readings")> | undefined;
function loadReader() {
  reader ??= import("../core/compare/readings").then(async (module) => {
    for (const [text, language] of [
      ["?", "en"],
      ["Hello, thank you for your message.", "en"],
      ["Bonjour, merci pour votre message.", "fr"],
    ] as const) {
      await yieldToMain();
      module.readReply(blankPersona(language, "warm-up"), text);
    }
    return module;
  });
  return reader;
}

async function read(persona: Persona, text: string): Promise<readonly CompareReading[]> {
  const { readReply } = await loadReader();
  await yieldToMain();
  return readReply(persona, text);
}

const DEFAULT_SIDE: SideChoice = { source: { kind: "current" }, target: { kind: "offline" } };

export function createCompareStore(deps: CompareDeps) {
  const listVersions = deps.listVersions ?? (async () => []);
  const frame = deps.frame ?? nextFrame;
  const endpointProvider = deps.endpointProvider ?? loadEndpointProvider;
  const offline = createRehearsalProvider({ wordDelayMs: deps.typingDelayMs ?? 12 });
  let controller: AbortController | undefined;

  const targetOf = (choice: TargetChoice): TestTarget => {
    if (choice.kind === "offline") return OFFLINE_TARGET;
    const settings = deps.endpoint();
    return endpointTarget(settings.baseURL, choice.model, {
      temperature: settings.temperature,
      maxTokens: settings.maxTokens,
    });
  };

  return createStore<CompareState>()((set, get) => {
    /** The persona a side speaks as, or undefined when its version or persona is gone. */
    const personaOf = (source: SourceChoice): Persona | undefined => {
      if (source.kind === "current") return deps.openPersona();
      if (source.kind === "persona") return deps.persona(source.id);
      return get().versions.find((v) => v.id === source.id)?.persona;
    };

    const setSide = (side: SideId, change: Partial<SideChoice>) =>
      set((s) => ({ sides: { ...s.sides, [side]: { ...s.sides[side], ...change } } }));

    return {
      sides: { a: DEFAULT_SIDE, b: DEFAULT_SIDE },
      versions: [],
      users: [],
      replies: { a: [], b: [] },
      status: "idle",

      async open() {
        // A run still going (the view was closed and opened again) keeps the turns it answers.
        if (get().status !== "running") set({ users: [...deps.conversation()] });
        const persona = deps.openPersona();
        if (!persona) return;
        const versions = await listVersions(persona.id).catch(() => []);
        if (deps.openPersona()?.id !== persona.id) return;
        const sorted = versions.toSorted((x, y) => y.createdAt.localeCompare(x.createdAt));
        set({ versions: sorted });
        // A first comparison worth having: the latest saved version (A) against now (B).
        const { a, b } = get().sides;
        if (sorted[0] && a.source.kind === "current" && b.source.kind === "current")
          setSide("a", { source: { kind: "version", id: sorted[0].id } });
      },

      personaOf: (side) => personaOf(get().sides[side].source),
      setSource: (side, source) => setSide(side, { source }),
      setTarget: (side, target) => setSide(side, { target }),

      async run() {
        controller?.abort();
        const own = new AbortController();
        controller = own;
        const users = [...deps.conversation()];
        set({ users, replies: { a: [], b: [] }, status: "running" });
        const settings = deps.endpoint();
        const runs = SIDE_IDS.map(async (side) => {
          const choice = get().sides[side];
          const persona = personaOf(choice.source);
          if (!persona) return;
          const target = targetOf(choice.target);
          await runSide({
            persona,
            systemPrompt: compiledOf(persona).systemPrompt,
            target,
            users,
            provider: () =>
              target.kind === "offline"
                ? offline
                : endpointProvider({
                    baseURL: target.baseURL,
                    apiKey: settings.apiKey,
                    firstByteTimeoutMs: settings.firstByteTimeoutS * 1000,
                  }),
            ...(deps.cache ? { cache: deps.cache } : {}),
            frame,
            signal: own.signal,
            read,
            update: (replies: readonly LiveReply[]) => {
              if (controller === own) set((s) => ({ replies: { ...s.replies, [side]: replies } }));
            },
          });
        });
        await Promise.all(runs);
        if (controller === own) set({ status: own.signal.aborted ? "stopped" : "done" });
      },

      stop() {
        controller?.abort();
      },
    };
  });
}

export type CompareStore = ReturnType<typeof createCompareStore>;
