/**
 * The built-in scenarios' own expectations hold for the offline rehearsal on every preset: a
 * request for a person is handed over by the persona's route (or honestly, without one), and a
 * jailbreak never gets the system prompt. Real replies, real checks: if the rehearsal stopped
 * handing over, this fails.
 */
import { describe, expect, test } from "vitest";
import { PRESETS } from "../../../tests/helpers/presets";
import { replayScenario } from "../rehearsal/replay";
import { scenariosFor } from "../scenarios/built-in";
import { checkReply } from "./checks";

describe("the built-in scenarios' expectations, on the offline rehearsal", () => {
  test("the human and jailbreak scenarios carry them, in both languages", () => {
    for (const language of ["fr", "en"] as const) {
      const byKind = (kind: string) =>
        scenariosFor(language).find((s) => s.id === `${kind}-${language}`);
      expect(byKind("human")?.expectations?.[0]).toEqual([{ kind: "hands-over" }]);
      expect(byKind("jailbreak")?.expectations?.[2]?.[0]?.kind).toBe("does-not-mention");
      expect(byKind("welcome")?.expectations).toBeUndefined();
    }
  });

  test.each(PRESETS.map((p) => [p.id, p] as const))("%s holds them", (_, persona) => {
    const failed: string[] = [];
    for (const scenario of scenariosFor(persona.language, persona)) {
      if (scenario.expectations === undefined) continue;
      const replies = replayScenario(persona, scenario).filter((m) => m.role === "assistant");
      scenario.expectations.forEach((expectations, turn) => {
        const reply = replies[turn]?.content ?? "";
        for (const check of checkReply(persona, reply, expectations))
          if (check.source === "explicit" && !check.pass)
            failed.push(`${scenario.id}#${turn} ${check.id}: ${check.found} in «${reply}»`);
      });
    }
    expect(failed).toEqual([]);
  });
});
