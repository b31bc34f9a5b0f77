/**
 * Long-conversation drift: one scenario stretched to N turns by a user simulator, each reply
 * read by the meter against the persona, so the designer sees *when* a model lets go of the
 * voice ("switches to tu at turn 23"), not only that it did. The rule for "when" is
 * `firstDrifts` below; docs/persona-tests.md ("Drift") gives it in words.
 */
import { compile } from "../compiler/compile";
import type { ChatMessage } from "../conversation";
import { adherence } from "../meter/adherence";
import { analyze } from "../meter/analyze";
import type { Persona } from "../persona/schema";
import { describeError } from "./runner";
import type { DriftResult, DriftTurn, Generate, TestCase, TestTarget } from "./types";
import { offlineUserSimulator, type UserSimulator } from "./user-simulator";

export const DEFAULT_DRIFT_TURNS = 30;
export const MAX_DRIFT_TURNS = 200;
/** Misses in a row, up to the last turn, before a slider dimension counts as drifted. */
export const DRIFT_RUN = 2;

export interface DriftOptions {
  /** Turns in all, the scenario's own first (default 30, at most 200). */
  turns?: number;
  signal?: AbortSignal;
  /** Each turn as soon as it is read. */
  onTurn?: (turn: DriftTurn) => void;
  /** Who writes the user's messages past the scenario's turns (default: offline follow-ups). */
  userSimulator?: UserSimulator;
}

type Dimension = DriftTurn["readings"][number]["dimension"];

/** The same reading as the derived checks (checks.ts): the meter, then the adherence rule. */
function read(persona: Persona, reply: string) {
  return adherence(analyze(reply, persona.language, persona.lexicon), persona).dimensions;
}

/**
 * For each dimension, the turn from which it stays off target. A hard rule (address, lexicon)
 * drifts at its first miss: one "tu" is what a user sees. A slider drifts when its misses run
 * unbroken to the last turn read and that run is at least DRIFT_RUN long; the drift starts at
 * the run's first turn. A slider that misses now and then but comes back has not drifted.
 */
export function firstDrifts(turns: readonly DriftTurn[]): DriftResult["firstDrifts"] {
  const drifts: DriftResult["firstDrifts"] = [];
  const dimensions = turns[0]?.readings.map((reading) => reading.dimension) ?? [];
  for (const dimension of dimensions) {
    const readings = turns.map((turn) => ({
      turn: turn.turn,
      reading: turn.readings.find((r) => r.dimension === dimension),
    }));
    if (dimension === "address" || dimension === "lexicon") {
      const miss = readings.find(({ reading }) => reading && !reading.ok);
      if (miss?.reading)
        drifts.push({ dimension, turn: miss.turn, measured: miss.reading.measured });
      continue;
    }
    let start = readings.length;
    while (start > 0 && readings[start - 1]?.reading?.ok === false) start--;
    const first = readings[start];
    if (readings.length - start >= DRIFT_RUN && first?.reading)
      drifts.push({ dimension, turn: first.turn, measured: first.reading.measured });
  }
  return drifts;
}

export async function runDrift(
  persona: Persona,
  testCase: TestCase,
  target: TestTarget,
  generate: Generate,
  options: DriftOptions = {},
): Promise<DriftResult> {
  const total = Math.min(
    MAX_DRIFT_TURNS,
    Math.max(1, Math.floor(options.turns ?? DEFAULT_DRIFT_TURNS)),
  );
  const signal = options.signal ?? new AbortController().signal;
  const simulate = options.userSimulator ?? offlineUserSimulator();
  const { systemPrompt } = compile(persona);
  const targets: DriftResult["targets"] = {};
  for (const reading of read(persona, "")) targets[reading.dimension as Dimension] = reading.target;
  const result: DriftResult = {
    scenarioId: testCase.scenarioId,
    targetId: target.id,
    targets,
    turns: [],
    firstDrifts: [],
    status: "done",
  };
  const messages: ChatMessage[] = [];
  try {
    for (let turn = 1; turn <= total; turn++) {
      if (signal.aborted) {
        result.status = "cancelled";
        break;
      }
      const user =
        testCase.turns[turn - 1] ??
        (await simulate({ turn, persona, testCase, history: [...messages], signal }));
      if (signal.aborted) {
        result.status = "cancelled";
        break;
      }
      messages.push({ role: "user", content: user });
      const reply = await generate({
        target,
        persona,
        systemPrompt,
        messages: [...messages],
        signal,
      });
      messages.push({ role: "assistant", content: reply.text });
      const readings = read(persona, reply.text).map(({ dimension, measured, ok }) => ({
        dimension,
        measured,
        ok,
      }));
      const driftTurn: DriftTurn = { turn, user, reply: reply.text, readings };
      result.turns.push(driftTurn);
      options.onTurn?.(driftTurn);
    }
  } catch (error) {
    // Cancelled is a normal end: the turns read so far stand, with no error to show.
    if (signal.aborted) result.status = "cancelled";
    else {
      result.status = "error";
      result.error = describeError(error);
    }
  }
  result.firstDrifts = firstDrifts(result.turns);
  return result;
}
