import { describe, expect, it, test } from "vitest";
import * as edits from "./edits";
import { restorePersona } from "./restore";
import { makePersona } from "../../../tests/helpers/make-persona";

const base = makePersona({
  examples: [
    { user: "a", assistant: "1" },
    { user: "b", assistant: "2" },
    { user: "c", assistant: "3" },
  ],
  lexicon: { prefer: ["démarche"], avoid: [] },
});

describe("persona edits", () => {
  test.each([
    [-5, 0],
    [42.6, 43],
    [180, 100],
  ])("setVoice clamps %s to %s", (input, expected) => {
    expect(edits.setVoice("warmth", input)(base).voice.warmth).toBe(expected);
  });

  it("returns the same object when nothing changes, so no undo step is recorded", () => {
    expect(edits.setVoice("warmth", 50)(base)).toBe(base);
    expect(edits.setAddress("formal")(base)).toBe(base);
    expect(edits.addTerm("prefer", " DÉMARCHE ")(base)).toBe(base);
    expect(edits.moveExample(0, -1)(base)).toBe(base);
  });

  it("adds trimmed terms and removes them by position", () => {
    const added = edits.addTerm("avoid", "  problème ")(base);
    expect(added.lexicon.avoid).toEqual(["problème"]);
    expect(edits.removeTerm("avoid", 0)(added).lexicon.avoid).toEqual([]);
    expect(edits.addTerm("avoidTopics", "politique")(base).guardrails.avoidTopics).toEqual([
      "politique",
    ]);
  });

  it("reorders, edits and removes examples", () => {
    const moved = edits.moveExample(2, -2)(base);
    expect(moved.examples.map((e) => e.user)).toEqual(["c", "a", "b"]);
    expect(edits.updateExample(1, { assistant: "deux" })(base).examples[1]).toEqual({
      user: "b",
      assistant: "deux",
    });
    expect(
      edits
        .removeExample(0)(base)
        .examples.map((e) => e.user),
    ).toEqual(["b", "c"]);
  });

  it("drops optional fields that are emptied, so the result still validates", () => {
    let p = edits.setGreeting("Bonjour")(base);
    p = edits.setGreeting("")(p);
    p = edits.setIdentity("organization", "")(p);
    p = edits.setEscalation("")(edits.setEscalation("Appelez le 3939")(p));
    expect(p).not.toHaveProperty("greeting");
    expect(p.identity).not.toHaveProperty("organization");
    expect(p.guardrails).not.toHaveProperty("escalation");
    expect(restorePersona(JSON.parse(JSON.stringify(p))).ok).toBe(true);
  });

  it("never mutates the persona it is given", () => {
    const frozen = structuredClone(base);
    edits.setVoice("humor", 90)(base);
    edits.addExample({ user: "x", assistant: "y" })(base);
    edits.setDiscloseAI(false)(base);
    expect(base).toEqual(frozen);
  });
});

describe("trigger words of avoided topics", () => {
  const topic = "conseil juridique sur une situation personnelle";
  const guarded = edits.addTerm(
    "avoidTopics",
    "politique",
  )(edits.addTerm("avoidTopics", topic)(base));

  it("sets, adds and removes a topic's words, trimmed and without repeats, and the file still validates", () => {
    const set = edits.setTopicTriggers(topic, [" avocat ", "tribunal", "Avocat", "  "])(guarded);
    expect(set.guardrails.topicTriggers).toEqual({ [topic]: ["avocat", "tribunal"] });
    const added = edits.addTopicTrigger(topic, "porter plainte")(set);
    expect(edits.triggersOf(added, topic)).toEqual(["avocat", "tribunal", "porter plainte"]);
    expect(edits.removeTopicTrigger(topic, 0)(added).guardrails.topicTriggers[topic]).toEqual([
      "tribunal",
      "porter plainte",
    ]);
    expect(restorePersona(JSON.parse(JSON.stringify(added))).ok).toBe(true);
  });

  it("an empty list removes the entry; unchanged words return the same object", () => {
    const set = edits.setTopicTriggers(topic, ["avocat"])(guarded);
    expect(edits.setTopicTriggers(topic, ["avocat "])(set)).toBe(set);
    expect(edits.addTopicTrigger(topic, "AVOCAT")(set)).toBe(set);
    expect(edits.removeTopicTrigger(topic, 0)(set).guardrails.topicTriggers).toEqual({});
  });

  it("changes nothing for a text that is not an avoided topic, or that a file may not hold as a key", () => {
    expect(edits.setTopicTriggers("météo", ["pluie"])(guarded)).toBe(guarded);
    const odd = edits.addTerm("avoidTopics", "constructor")(guarded);
    expect(edits.setTopicTriggers("constructor", ["x"])(odd)).toBe(odd);
    expect(edits.triggersOf(odd, "constructor")).toEqual([]);
  });

  it("removing a topic drops its words, and only its own", () => {
    let p = edits.setTopicTriggers(topic, ["avocat"])(guarded);
    p = edits.setTopicTriggers("politique", ["élections"])(p);
    const removed = edits.removeTerm("avoidTopics", p.guardrails.avoidTopics.indexOf(topic))(p);
    expect(removed.guardrails.avoidTopics).toEqual(["politique"]);
    expect(removed.guardrails.topicTriggers).toEqual({ politique: ["élections"] });
    expect(restorePersona(JSON.parse(JSON.stringify(removed))).ok).toBe(true);
  });
});
