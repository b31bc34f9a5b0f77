/**
 * Long-conversation drift against the simulated model, over HTTP through the studio's reply
 * function: a faithful model holds for 30 turns; a model told to slip into "tu" after turn 22
 * is found drifting on the address, and only the address, from turn 23 — in French, and in
 * English where the slip is a first-name familiarity the meter reads.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runDrift } from "../../src/core/persona-tests/drift";
import { testCasesFor } from "../../src/core/persona-tests/runner";
import { createTestGenerate, endpointTarget } from "../../src/providers/test-generate";
import { PRESETS } from "../helpers/presets";
import { parseBehaviour } from "../llm-server/sim/behaviour";
import { startLlmServer, type LlmServer } from "../llm-server/server";

const BEHAVIOURS: Record<string, string> = {
  "faithful-model": "faithful",
  "drifting-model": "drifts-to-tu:22",
};

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({
    initialMode: {
      kind: "model",
      behaviour: (model) => parseBehaviour(BEHAVIOURS[model] ?? "faithful"),
    },
  });
});
afterAll(() => server.close());

describe.each(["service-public", "university-admissions"])("drift over 30 turns: %s", (id) => {
  const persona = PRESETS.find((p) => p.id === id)!;
  const scenario = testCasesFor(persona)[0]!;

  test("a faithful model holds every dimension to the end", async () => {
    const result = await runDrift(
      persona,
      scenario,
      endpointTarget(server.url, "faithful-model"),
      createTestGenerate(),
      { turns: 30 },
    );
    expect(result.status).toBe("done");
    expect(result.turns).toHaveLength(30);
    expect(result.firstDrifts).toEqual([]);
  });

  test("a model that slips into tu after turn 22 is found drifting at turn 23, on the address only", async () => {
    const seen: number[] = [];
    const result = await runDrift(
      persona,
      scenario,
      endpointTarget(server.url, "drifting-model"),
      createTestGenerate(),
      { turns: 30, onTurn: (turn) => seen.push(turn.turn) },
    );
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(result.firstDrifts.map((d) => [d.dimension, d.turn])).toEqual([["address", 23]]);
    const address = result.turns.map((t) => t.readings.find((r) => r.dimension === "address")!);
    expect(address.slice(0, 22).every((r) => r.ok)).toBe(true);
    expect(address.slice(22).some((r) => !r.ok)).toBe(true);
  });
});
