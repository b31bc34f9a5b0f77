/** The A/B comparison's vocabulary: what each side runs, and the run's replies. */
import type { SideId, SideReply } from "../core/compare/types";
import type { Persona } from "../core/persona/schema";
import type { PersonaVersion } from "../core/versions/types";
import type { ProviderFailure } from "../providers/errors";

/** The persona a side speaks as: the open one as it is now, a saved version, or another persona. */
export type SourceChoice =
  { kind: "current" } | { kind: "version"; id: string } | { kind: "persona"; id: string };

/** Where a side's replies come from: the offline rehearsal, or a model on the preview's endpoint. */
export type TargetChoice = { kind: "offline" } | { kind: "endpoint"; model: string };

export interface SideChoice {
  source: SourceChoice;
  target: TargetChoice;
}

/** A reply as the store holds it: what the provider said when it failed, worded by the UI. */
export interface LiveReply extends SideReply {
  failure?: ProviderFailure;
}

export type CompareStatus = "idle" | "running" | "done" | "stopped";

export interface CompareState {
  sides: Readonly<Record<SideId, SideChoice>>;
  /** The open persona's saved versions, newest first (empty until loaded, or when none). */
  versions: readonly PersonaVersion[];
  /** The conversation both sides answer: the user turns on screen, or the scenario's. */
  users: readonly string[];
  replies: Readonly<Record<SideId, readonly LiveReply[]>>;
  status: CompareStatus;
  /** Takes the conversation on screen and the open persona's versions; call when the view opens. */
  open(): Promise<void>;
  /** The persona a side speaks as now, or undefined when its version or persona is gone. */
  personaOf(side: SideId): Persona | undefined;
  setSource(side: SideId, source: SourceChoice): void;
  setTarget(side: SideId, target: TargetChoice): void;
  run(): Promise<void>;
  stop(): void;
}
