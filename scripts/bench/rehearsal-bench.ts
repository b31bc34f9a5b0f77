/**
 * Rehearsal latency: replaying an 8-turn scenario through the offline engine, as the
 * preview does when a designer picks a scenario or moves a slider with one open. The
 * goal is under 5 ms per replay so the conversation redraws within a frame budget.
 */
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { replayScenario } from "../../src/core/rehearsal/replay";
import { scenariosFor } from "../../src/core/scenarios/built-in";
import type { Scenario } from "../../src/core/scenarios/types";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { latencies, median, percentile } from "./harness";
import type { Bench } from "./types";

const PRESET = fileURLToPath(new URL("../../personas/service-public.json", import.meta.url));

function loadPreset(): Persona {
  const restored = restorePersonaText(readFileSync(PRESET, "utf8"));
  if (!restored.ok)
    throw new Error(`${PRESET}: ${restored.problems.map((p) => p.message).join("; ")}`);
  return restored.persona;
}

/** An 8-turn scenario stitched from the French built-ins: greeting, questions, complaint, refusal, farewell. */
function eightTurns(): Scenario {
  const turns = scenariosFor("fr").flatMap((scenario) => scenario.turns.slice(0, 1));
  if (turns.length !== 8) throw new Error(`expected 8 turns, got ${turns.length}`);
  return { id: "bench-eight-turns", title: "Bench", language: "fr", turns };
}

export const rehearsalBench: Bench = {
  id: "rehearsal",
  description: "replayScenario() of an 8-turn scenario with a preset persona",
  run({ runs }) {
    const persona = loadPreset();
    const scenario = eightTurns();
    // Each replay varies one slider so no two calls see exactly the same persona.
    const personas = Array.from({ length: 101 }, (_, level) => ({
      ...persona,
      voice: { ...persona.voice, warmth: level },
    }));
    let sink = 0; // keeps the results alive so the optimiser cannot drop the calls
    const op = (i: number) => {
      sink += replayScenario(personas[i % personas.length] as Persona, scenario).length;
    };
    latencies(op, 200); // warm-up: let the JIT settle
    const count = Math.max(500, runs * 100);
    const times = latencies(op, count);
    if (sink === 0) throw new Error("replay produced no messages");
    return [
      {
        name: "rehearsal_scenario_ms",
        value: round3(median(times) / 1000),
        unit: "ms",
        detail: `median of ${count} replays of 8 turns; goal < 5 ms`,
      },
      {
        name: "rehearsal_scenario_p99_ms",
        value: round3(percentile(times, 99) / 1000),
        unit: "ms",
        detail: `p99 of ${count} replays`,
      },
    ];
  },
};

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
