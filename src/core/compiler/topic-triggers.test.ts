import { describe, expect, it } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { compile } from "./compile";

describe("the guardrails section and trigger words", () => {
  it("writes an avoided topic's trigger words after it, and a topic without any as before", () => {
    const topics = ["conseil juridique", "politique"];
    const plain = compile(makePersona({ guardrails: { avoidTopics: topics } })).systemPrompt;
    const triggered = compile(
      makePersona({
        guardrails: {
          avoidTopics: topics,
          topicTriggers: { "conseil juridique": ["avocat", "porter plainte"] },
        },
      }),
    ).systemPrompt;
    expect(triggered).toContain(
      "\n- conseil juridique — reconnaissable aussi à : « avocat », « porter plainte »\n- politique",
    );
    expect(
      triggered.replace(" — reconnaissable aussi à : « avocat », « porter plainte »", ""),
    ).toBe(plain);
    const english = compile(
      makePersona({
        language: "en",
        guardrails: { avoidTopics: ["refunds"], topicTriggers: { refunds: ["money back"] } },
      }),
    ).systemPrompt;
    expect(english).toContain('\n- refunds — also recognisable by: "money back"');
  });
});
