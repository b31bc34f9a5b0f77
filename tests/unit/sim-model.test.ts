/**
 * The simulated model, talked to as a model is: the real `openai` SDK over HTTP and SSE to the
 * test server, each built-in scenario chained turn by turn (the replies actually produced go
 * back into the history). Each reply is judged with the real persona (not the one the model read
 * from the prompt) and the scenario's expectations: a faithful model passes every check, and each
 * slip fails exactly its own checks, on exactly its turns.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compile } from "../../src/core/compiler/compile";
import { VERBOSITY_SENTENCES } from "../../src/core/persona/catalog";
import { bandIndex } from "../../src/core/persona/bands";
import type { Persona } from "../../src/core/persona/schema";
import { checkReply } from "../../src/core/persona-tests/checks";
import { scenariosFor } from "../../src/core/scenarios/built-in";
import type { Scenario } from "../../src/core/scenarios/types";
import { countSentences } from "../../src/core/text/counts";
import { PRESETS } from "../helpers/presets";
import { parseBehaviour } from "../llm-server/sim/behaviour";
import { startLlmServer, type LlmServer } from "../llm-server/server";

let server: LlmServer;
let client: OpenAI;

beforeAll(async () => {
  // The model name is the behaviour: one endpoint serves every way of slipping at once.
  server = await startLlmServer({
    initialMode: { kind: "model", behaviour: (model) => parseBehaviour(model) },
  });
  client = new OpenAI({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0, logLevel: "off" });
});
afterAll(() => server.close());

const preset = (id: string) => PRESETS.find((persona) => persona.id === id) as Persona;
/** Both languages and both address forms. */
const FOUR = ["banque-conseil", "startup-decontractee", "tech-support", "museum-guide"];
const scenario = (persona: Persona, kind: string) =>
  scenariosFor(persona.language, persona).find(
    (each) => each.id === `${kind}-${persona.language}`,
  ) as Scenario;

interface Turn {
  reply: string;
  failed: string[];
  usage: OpenAI.CompletionUsage | undefined;
}

/** One scenario, chained, streamed: each turn's reply and the ids of the checks it fails. */
async function converse(persona: Persona, run: Scenario, model: string): Promise<Turn[]> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [
    { role: "system", content: compile(persona).systemPrompt },
  ];
  const turns: Turn[] = [];
  for (const [index, user] of run.turns.entries()) {
    messages.push({ role: "user", content: user });
    const stream = await client.chat.completions.create({
      model,
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let reply = "";
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      reply += chunk.choices[0]?.delta.content ?? "";
      usage = chunk.usage ?? usage;
    }
    messages.push({ role: "assistant", content: reply });
    const checks = checkReply(persona, reply, run.expectations?.[index] ?? []);
    turns.push({ reply, failed: checks.filter((c) => !c.pass).map((c) => c.id), usage });
  }
  return turns;
}

const failedSets = (turns: Turn[]) => turns.map((turn) => turn.failed);

describe("a faithful model", { timeout: 120_000 }, () => {
  test.each(FOUR)("%s: every check of every built-in scenario holds", async (id) => {
    const persona = preset(id);
    const scenarios = scenariosFor(persona.language, persona);
    expect(scenarios).toHaveLength(8);
    for (const run of scenarios) {
      const turns = await converse(persona, run, "faithful");
      expect({ scenario: run.id, failed: failedSets(turns) }).toEqual({
        scenario: run.id,
        failed: run.turns.map(() => []),
      });
      // A reply in the persona's language, not an echo of the user.
      for (const turn of turns) expect(turn.reply).not.toMatch(/^Reply to:/);
    }
  });
});

describe("each slip fails exactly its checks", { timeout: 120_000 }, () => {
  test.each([
    ["banque-conseil", "drifts-to-tu:2"],
    ["tech-support", "drifts-to-tu:2"],
    ["startup-decontractee", "drifts-to-vous:2"],
    ["museum-guide", "drifts-to-vous:2"],
  ])("%s, %s: only the address, and only from turn 3", async (id, behaviour) => {
    const persona = preset(id);
    for (const kind of ["welcome", "complaint", "human"]) {
      const run = scenario(persona, kind);
      const turns = await converse(persona, run, behaviour);
      expect(failedSets(turns)).toEqual(
        run.turns.map((_, index) => (index >= 2 ? ["derived:address"] : [])),
      );
    }
  });

  test("30 turns: faithful holds to the end; a drift comes at its turn and stays", async () => {
    const persona = preset("banque-conseil");
    const said = scenariosFor(persona.language, persona).flatMap((each) => each.turns);
    const long: Scenario = {
      id: "long-fr",
      title: "Long",
      language: "fr",
      turns: Array.from({ length: 30 }, (_, i) => said[i % said.length] as string),
    };
    const faithful = await converse(persona, long, "faithful");
    expect(failedSets(faithful)).toEqual(faithful.map(() => []));
    const turns = await converse(persona, long, "drifts-to-tu:23");
    expect(failedSets(turns)).toEqual(
      turns.map((_, index) => (index >= 23 ? ["derived:address"] : [])),
    );
    // The prompt grows with the history, and usage says so.
    expect(turns[29]?.usage?.prompt_tokens).toBeGreaterThan(turns[0]?.usage?.prompt_tokens ?? 0);
  });

  test("a drift to the form the persona already uses changes nothing", async () => {
    const persona = preset("startup-decontractee");
    const turns = await converse(persona, scenario(persona, "welcome"), "drifts-to-tu:0");
    expect(failedSets(turns)).toEqual(turns.map(() => []));
  });

  test.each(FOUR)("%s, uses-avoided:1: only the lexicon, on every reply", async (id) => {
    const persona = preset(id);
    const avoided = persona.lexicon.avoid.map((term) => term.toLowerCase());
    for (const kind of ["welcome", "aggressive"]) {
      const turns = await converse(persona, scenario(persona, kind), "uses-avoided:1");
      expect(failedSets(turns)).toEqual(turns.map(() => ["derived:lexicon"]));
      for (const turn of turns)
        expect(avoided.some((term) => turn.reply.toLowerCase().includes(term))).toBe(true);
    }
  });

  test("uses-avoided:0.3: some replies slip, the others hold, the same ones on every run", async () => {
    const persona = preset("banque-conseil");
    const runs = scenariosFor(persona.language, persona);
    const fired = async (model: string) => {
      const marks: boolean[] = [];
      for (const run of runs) {
        for (const turn of await converse(persona, run, model)) {
          expect([[], ["derived:lexicon"]]).toContainEqual(turn.failed);
          marks.push(turn.failed.length > 0);
        }
      }
      return marks;
    };
    const first = await fired("uses-avoided:0.3");
    const slipped = first.filter(Boolean).length;
    expect(slipped).toBeGreaterThan(0.1 * first.length);
    expect(slipped).toBeLessThan(0.6 * first.length);
    expect(await fired("uses-avoided:0.3")).toEqual(first);
    expect(await fired("uses-avoided:0.3:2")).not.toEqual(first);
  });

  test.each(FOUR)(
    "%s, ignores-handover: only the hand-over, on the requests for a person",
    async (id) => {
      const persona = preset(id);
      const run = scenario(persona, "human");
      const turns = await converse(persona, run, "ignores-handover");
      expect(failedSets(turns)).toEqual(
        run.turns.map((_, index) =>
          run.expectations?.[index]?.some((e) => e.kind === "hands-over") ? ["hands-over"] : [],
        ),
      );
      expect(failedSets(turns).flat()).toContain("hands-over");
      const welcome = await converse(persona, scenario(persona, "welcome"), "ignores-handover");
      expect(failedSets(welcome)).toEqual(welcome.map(() => []));
    },
  );

  test.each([...FOUR, "service-public"])(
    "%s, long: only the length, far past the persona's",
    async (id) => {
      const persona = preset(id);
      const band = bandIndex(persona.voice.verbosity);
      const most = VERBOSITY_SENTENCES[band][1];
      const turns = await converse(persona, scenario(persona, "complaint"), "long");
      // The meter reads five bands: a persona already at "detailed" cannot be read as too long.
      expect(failedSets(turns)).toEqual(turns.map(() => (band <= 2 ? ["derived:verbosity"] : [])));
      for (const turn of turns) {
        expect(countSentences(turn.reply)).toBeGreaterThan(most);
        const cap = checkReply(persona, turn.reply, [{ kind: "at-most-sentences", count: most }]);
        expect(cap.at(-1)?.pass).toBe(false);
      }
    },
  );

  test("slips combine: drifts-to-tu:1+uses-avoided:1", async () => {
    const persona = preset("banque-conseil");
    const turns = await converse(
      persona,
      scenario(persona, "welcome"),
      "drifts-to-tu:1+uses-avoided:1",
    );
    expect(failedSets(turns)).toEqual(
      turns.map((_, index) =>
        index === 0 ? ["derived:lexicon"] : ["derived:address", "derived:lexicon"],
      ),
    );
  });
});
