/**
 * The shapes of a persona test run, shared by the runner (runner.ts), the providers' reply
 * function (providers/test-generate.ts), the reporters, the CLI and the studio's Tests view.
 * Plain data: a run is saved with the persona version it ran on and exported as JSON as is.
 */
import type { ChatMessage } from "../conversation";
import type { DimensionId } from "../persona/constants";
import type { Persona } from "../persona/schema";
import type { Expectation } from "../scenarios/expectations";
import type { Check } from "./checks";

/** Where replies come from: the offline rehearsal, or one model on an OpenAI-compatible endpoint. */
export type TestTarget =
  | { id: string; kind: "offline"; label: string }
  | {
      id: string;
      kind: "endpoint";
      label: string;
      baseURL: string;
      model: string;
      temperature: number;
      maxTokens: number;
    };

/** One scenario as a test: its user turns and what each reply is held to. */
export interface TestCase {
  scenarioId: string;
  title: string;
  turns: string[];
  /** By turn index; a missing entry means the derived checks only. */
  expectations: Expectation[][];
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** What the reply function gives back for one turn. */
export interface GeneratedReply {
  text: string;
  usage?: TokenUsage;
  /** True when the reply came from the reply cache (no request was sent). */
  cached: boolean;
  /** Requests sent for this reply, retries included (0 when cached). */
  attempts: number;
  latencyMs: number;
}

export interface GenerateRequest {
  target: TestTarget;
  /** The offline rehearsal realises the persona directly; endpoints get the compiled prompt. */
  persona: Persona;
  systemPrompt: string;
  /** The conversation so far, ending with the user turn to answer (chained: the replies actually produced). */
  messages: ChatMessage[];
  signal: AbortSignal;
}

/** Writes one reply. Throws a `TestTurnError`-shaped error on failure (after its own retries). */
export type Generate = (request: GenerateRequest) => Promise<GeneratedReply>;

export type TurnStatus = "passed" | "failed" | "error" | "cancelled";

/** One cell of the matrix: a scenario turn on a target. */
export interface TurnResult {
  scenarioId: string;
  turn: number;
  targetId: string;
  user: string;
  /** Empty when the turn errored or was cancelled before a reply. */
  reply: string;
  checks: Check[];
  status: TurnStatus;
  /** Why the reply could not be had ("rate-limit", "timeout"…), for "error". */
  error?: { kind: string; message: string };
  latencyMs: number;
  usage?: TokenUsage;
  cached: boolean;
  attempts: number;
}

/** A long conversation's readings, turn by turn, against the persona's targets. */
export interface DriftTurn {
  /** 1-based, as in "turn 23" (unlike TurnResult.turn, an index into the scenario's turns). */
  turn: number;
  user: string;
  reply: string;
  /** Per dimension: the band read (0..4) or, for address, the form read; and whether it held. */
  readings: { dimension: DimensionId | "address" | "lexicon"; measured: string; ok: boolean }[];
}

export interface DriftResult {
  scenarioId: string;
  targetId: string;
  /** Per dimension: its target (band 0..4, the address form, "no avoided words"). */
  targets: Partial<Record<DimensionId | "address" | "lexicon", string>>;
  turns: DriftTurn[];
  /**
   * The first turn (1-based) from which each drifting dimension stays off target, e.g.
   * `{ dimension: "address", turn: 23, measured: "tu" }` for "switches to tu at turn 23".
   */
  firstDrifts: { dimension: DimensionId | "address" | "lexicon"; turn: number; measured: string }[];
  status: "done" | "error" | "cancelled";
  error?: { kind: string; message: string };
}

export interface TestRun {
  personaId: string;
  personaName: string;
  /** A hash of the persona's content: results are kept with the version they ran on. */
  personaVersion: string;
  startedAt: string;
  finishedAt?: string;
  targets: TestTarget[];
  cases: TestCase[];
  results: TurnResult[];
  drift?: DriftResult[];
}

/** Counts for one target: "46 of 50 checks held". */
export interface TargetSummary {
  targetId: string;
  checks: number;
  held: number;
  turns: number;
  turnsPassed: number;
  errors: number;
}
