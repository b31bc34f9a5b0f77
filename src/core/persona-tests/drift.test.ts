import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { PRESETS } from "../../../tests/helpers/presets";
import type { Persona } from "../persona/schema";
import { rehearse } from "../rehearsal/rehearse";
import { scenariosFor } from "../scenarios/built-in";
import { DEFAULT_DRIFT_TURNS, MAX_DRIFT_TURNS, firstDrifts, runDrift } from "./drift";
import type { DriftTurn, Generate, GenerateRequest, TestCase, TestTarget } from "./types";
import { endpointUserSimulator, followUp } from "./user-simulator";

const OFFLINE: TestTarget = { id: "offline", kind: "offline", label: "Offline rehearsal" };
const MODEL: TestTarget = {
  id: "http://127.0.0.1:1/v1#m",
  kind: "endpoint",
  label: "m · 127.0.0.1:1",
  baseURL: "http://127.0.0.1:1/v1",
  model: "m",
  temperature: 0.7,
  maxTokens: 512,
};

/** The offline rehearsal as a reply function, as providers/test-generate.ts wires it. */
const rehearsal: Generate = (request) =>
  Promise.resolve({
    text: rehearse(request.persona, request.messages).text,
    cached: false,
    attempts: 1,
    latencyMs: 1,
  });

const reply = (text: string) => ({ text, cached: false, attempts: 1, latencyMs: 1 });
const userTurns = (request: GenerateRequest) =>
  request.messages.filter((message) => message.role === "user").length;

/** Rate-limited for good at turn 4 (the runner's error shape: kind and message). */
const failing: Generate = (request) =>
  userTurns(request) === 4
    ? Promise.reject(Object.assign(new Error("Too many requests."), { kind: "rate-limit" }))
    : rehearsal(request);
/** A model playing the user that says nothing. */
const silent: Generate = () => Promise.resolve(reply("   "));
/** Readings of `count` turns where `misses` lists, by dimension, the turns off target. */
const turns = (misses: Record<string, number[]>, count = 30): DriftTurn[] =>
  Array.from({ length: count }, (_, i) => ({
    turn: i + 1,
    user: "",
    reply: "",
    readings: ["warmth", "register", "address", "lexicon"].map((dimension) => {
      const miss = misses[dimension]?.includes(i + 1) ?? false;
      return { dimension: dimension as "warmth", measured: miss ? "off" : "on", ok: !miss };
    }),
  }));
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

function caseOf(persona: Persona, index = 0): TestCase {
  const scenario = scenariosFor(persona.language, persona)[index]!;
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    turns: [...scenario.turns],
    expectations: [],
  };
}

describe("offline drift on the presets", () => {
  test.each(PRESETS.map((persona) => [persona.id, persona] as const))(
    "%s: 30 turns, each read on every dimension, the user never saying the same thing twice running",
    async (_id, persona) => {
      const testCase = caseOf(persona);
      const result = await runDrift(persona, testCase, OFFLINE, rehearsal);
      expect(result.status).toBe("done");
      expect(result.turns).toHaveLength(DEFAULT_DRIFT_TURNS);
      expect(result.turns.map((turn) => turn.turn)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      for (const turn of result.turns) {
        expect(turn.reply).not.toBe("");
        expect(turn.readings.map((r) => r.dimension).toSorted()).toEqual(
          Object.keys(result.targets).toSorted(),
        );
      }
      expect(Object.keys(result.targets)).toHaveLength(9);
      expect(result.targets.address).toBe(persona.address);
      // The scenario's own turns first, then the simulator's.
      const users = result.turns.map((turn) => turn.user);
      expect(users.slice(0, testCase.turns.length)).toEqual(testCase.turns);
      for (let i = 1; i < users.length; i++) expect(users[i]).not.toBe(users[i - 1]);
      expect(new Set(users).size).toBeGreaterThanOrEqual(25);
      // The rehearsal writes each persona's own address and avoids its avoided words.
      const hard = result.firstDrifts.filter((d) => ["address", "lexicon"].includes(d.dimension));
      expect(hard).toEqual([]);
    },
  );

  test("the follow-ups are in the persona's language", async () => {
    const fr = PRESETS.find((persona) => persona.language === "fr")!;
    const en = PRESETS.find((persona) => persona.language === "en")!;
    const frUsers = (await runDrift(fr, caseOf(fr), OFFLINE, rehearsal, { turns: 12 })).turns;
    const enUsers = (await runDrift(en, caseOf(en), OFFLINE, rehearsal, { turns: 12 })).turns;
    expect(
      frUsers.slice(-6).some((t) => /^(Et |Merci|D'accord|Très bien|Je reviens)/.test(t.user)),
    ).toBe(true);
    expect(enUsers.slice(-6).some((t) => /^(And |Thanks|Okay|Great|Back to)/.test(t.user))).toBe(
      true,
    );
  });

  test("no topic, question or what-if comes back within 96 follow-ups, in either language", () => {
    for (const language of ["fr", "en"] as const) {
      const said = Array.from({ length: 96 }, (_, n) => n)
        .filter((n) => n % 4 !== 3)
        .map((n) => followUp(language, ["Bonjour ?"], n));
      expect(new Set(said).size).toBe(72);
      expect(followUp(language, ["Bonjour ?"], 96)).toBe(said[0]);
    }
  });

  test("the same persona and scenario give the same conversation", async () => {
    const persona = PRESETS[0]!;
    const a = await runDrift(persona, caseOf(persona), OFFLINE, rehearsal, { turns: 15 });
    const b = await runDrift(persona, caseOf(persona), OFFLINE, rehearsal, { turns: 15 });
    expect(b.turns).toEqual(a.turns);
  });
});

describe("when a model drifts", () => {
  const cases = [
    {
      language: "fr" as const,
      before:
        "Bien sûr, je vous envoie le formulaire dès aujourd'hui. Vous pouvez aussi passer nous voir.",
      after: "Bien sûr, je t'envoie le formulaire dès aujourd'hui. Tu peux aussi passer nous voir.",
      measured: "informal",
    },
    {
      language: "en" as const,
      before: "Certainly, madam. I will send you the form today.",
      after: "Sure thing, mate. I'll send you the form today.",
      measured: "informal",
    },
  ];
  test.each(cases)(
    "$language: vous (formal) until turn 22, then the other form: address drifts at turn 23",
    async ({ language, before, after, measured }) => {
      const persona = makePersona({ language, address: "formal", lexicon: { avoid: [] } });
      const drifting: Generate = (request) =>
        Promise.resolve(reply(userTurns(request) < 23 ? before : after));
      const result = await runDrift(persona, caseOf(persona), MODEL, drifting);
      expect(result.turns[21]!.readings.find((r) => r.dimension === "address")).toMatchObject({
        measured: "formal",
        ok: true,
      });
      expect(result.firstDrifts.find((d) => d.dimension === "address")).toEqual({
        dimension: "address",
        turn: 23,
        measured,
      });
    },
  );

  test("an error mid-conversation ends it as an error, the turns read so far kept", async () => {
    const persona = makePersona();
    const result = await runDrift(persona, caseOf(persona), MODEL, failing);
    expect(result.status).toBe("error");
    expect(result.error).toEqual({ kind: "rate-limit", message: "Too many requests." });
    expect(result.turns).toHaveLength(3);
  });
});

describe("how long", () => {
  test("cancel mid-drift: status cancelled, and no call after it", async () => {
    const persona = makePersona();
    const controller = new AbortController();
    let calls = 0;
    const counting: Generate = (request) => {
      calls++;
      return rehearsal(request);
    };
    const result = await runDrift(persona, caseOf(persona), OFFLINE, counting, {
      signal: controller.signal,
      onTurn: (turn) => {
        if (turn.turn === 5) controller.abort();
      },
    });
    expect(result.status).toBe("cancelled");
    expect(result.error).toBeUndefined();
    expect(calls).toBe(5);
    expect(result.turns).toHaveLength(5);
  });

  test("a request aborted in flight ends the drift as cancelled, not as an error", async () => {
    const persona = makePersona();
    const controller = new AbortController();
    const hanging: Generate = (request) =>
      userTurns(request) < 3
        ? rehearsal(request)
        : new Promise((_, reject) => {
            request.signal.addEventListener("abort", () =>
              reject(Object.assign(new Error("stopped"), { kind: "aborted" })),
            );
            controller.abort();
          });
    const result = await runDrift(persona, caseOf(persona), OFFLINE, hanging, {
      signal: controller.signal,
    });
    expect(result.status).toBe("cancelled");
    expect(result.turns).toHaveLength(2);
  });

  test(`at most ${MAX_DRIFT_TURNS} turns, whatever is asked`, async () => {
    const persona = makePersona();
    let calls = 0;
    const counting: Generate = (request) => {
      calls++;
      return Promise.resolve(reply(`Réponse ${userTurns(request)}.`));
    };
    const result = await runDrift(persona, caseOf(persona), OFFLINE, counting, { turns: 1_000 });
    expect(result.turns).toHaveLength(MAX_DRIFT_TURNS);
    expect(calls).toBe(MAX_DRIFT_TURNS);
    const users = result.turns.map((turn) => turn.user);
    for (let i = 1; i < users.length; i++) expect(users[i]).not.toBe(users[i - 1]);
    expect(
      (await runDrift(persona, caseOf(persona), OFFLINE, counting, { turns: 3 })).turns,
    ).toHaveLength(3);
  });
});

describe("the first drift of each dimension", () => {
  test("a slider drifts from the start of its last run of misses, if it lasts to the end", () => {
    expect(firstDrifts(turns({ warmth: [4, 9, ...range(25, 30)] }))).toEqual([
      { dimension: "warmth", turn: 25, measured: "off" },
    ]);
  });

  test("a slider that misses and comes back, or misses only the last turn, has not drifted", () => {
    expect(firstDrifts(turns({ warmth: range(5, 20), register: [30] }))).toEqual([]);
  });

  test("a hard rule drifts at its first miss", () => {
    expect(firstDrifts(turns({ address: [12, 13, 30], lexicon: [30] }))).toEqual([
      { dimension: "address", turn: 12, measured: "off" },
      { dimension: "lexicon", turn: 30, measured: "off" },
    ]);
  });
});

describe("a model playing the user", () => {
  test("gets the persona's replies as user messages and writes the user's next one", async () => {
    const persona = makePersona({ language: "fr" });
    const testCase = caseOf(persona);
    const asked: GenerateRequest[] = [];
    const simulatorModel: Generate = (request) => {
      asked.push(request);
      return Promise.resolve(reply(`« Question numéro ${asked.length} ? »`));
    };
    const result = await runDrift(persona, testCase, OFFLINE, rehearsal, {
      turns: testCase.turns.length + 3,
      userSimulator: endpointUserSimulator(simulatorModel, MODEL, { language: "fr" }),
    });
    expect(asked).toHaveLength(3);
    expect(result.turns.slice(-3).map((turn) => turn.user)).toEqual([
      "Question numéro 1 ?",
      "Question numéro 2 ?",
      "Question numéro 3 ?",
    ]);
    const first = asked[0]!;
    expect(first.target).toBe(MODEL);
    expect(first.systemPrompt).toMatch(/Vous jouez une personne/);
    // Roles swapped: the simulator's own earlier messages are "assistant", the persona's replies "user".
    const roles = first.messages.map((m) => m.role);
    expect(roles[0]).toBe("user");
    expect(roles.at(-1)).toBe("user");
    expect(first.messages.at(-1)!.content).toBe(result.turns[testCase.turns.length - 1]!.reply);
    expect(first.messages[1]).toEqual({ role: "assistant", content: testCase.turns[0] });
    expect(asked[1]!.messages.at(-2)).toEqual({
      role: "assistant",
      content: "Question numéro 1 ?",
    });
  });

  test("an empty or repeated message falls back to an everyday follow-up", async () => {
    const persona = makePersona({ language: "en" });
    const testCase = caseOf(persona);
    const result = await runDrift(persona, testCase, OFFLINE, rehearsal, {
      turns: testCase.turns.length + 2,
      userSimulator: endpointUserSimulator(silent, MODEL, { language: "en" }),
    });
    const users = result.turns.slice(-2).map((turn) => turn.user);
    expect(users.every((user) => user.length > 5)).toBe(true);
    expect(users[0]).not.toBe(users[1]);
  });
});
