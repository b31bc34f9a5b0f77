import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { historyOf, replyKeyAt } from "../providers/reply-cache";
import { historyBefore, type Turn } from "./chat-types";
import { createRunKeys } from "./run-keys";

const text = fc.constantFrom(
  "",
  "Bonjour",
  "Merci",
  "bonjour",
  "Bonjour ",
  "a\u0000user\u0000b",
  "1",
);
const turn = fc.record({
  role: fc.constantFrom("user" as const, "assistant" as const),
  text,
});
const opening = fc.array(fc.record({ role: fc.constant("assistant" as const), content: text }), {
  maxLength: 2,
});

/** The key as a single call computes it, over the whole history: what a run's keys must equal. */
const keyByHand = (
  head: number,
  open: { role: "assistant"; content: string }[],
  turns: Turn[],
  index: number,
) => replyKeyAt(head, historyOf([...open, ...historyBefore(turns, index)]));

const asTurns = (raw: { role: "user" | "assistant"; text: string }[]): Turn[] =>
  raw.map((t, i) => ({ id: `t${i}`, status: "done", ...t }) as Turn);

describe("a run's reply keys", () => {
  it("equal the keys of the whole history, whatever the run replaces between two asks", () => {
    fc.assert(
      fc.property(
        opening,
        fc.array(turn, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.option(text, { nil: undefined }), fc.nat()), {
          maxLength: 12,
        }),
        (open, raw, asks) => {
          let turns = asTurns(raw);
          const keyOf = createRunKeys(open);
          let last = 0;
          for (const [at, replaced, where] of asks) {
            // Between two asks the run (or an edit) may replace one turn: as a new list, or in
            // place from the last reply asked for on, as the run writes its replies.
            if (replaced !== undefined) {
              const i = where % turns.length;
              const changed = { ...turns[i]!, text: replaced };
              if (i >= last) turns[i] = changed;
              else turns = turns.map((t, j) => (j === i ? changed : t));
            }
            const index = at % (turns.length + 1);
            expect(keyOf(7, turns, index)).toBe(keyByHand(7, open, turns, index));
            last = index;
          }
        },
      ),
    );
  });

  it("tell apart histories that differ, even where the text of one turn runs into the next", () => {
    fc.assert(
      fc.property(
        opening,
        fc.array(turn, { maxLength: 8 }),
        fc.array(turn, { maxLength: 8 }),
        (open, a, b) => {
          const ta = asTurns(a);
          const tb = asTurns(b);
          const same =
            JSON.stringify(historyBefore(ta, ta.length)) ===
            JSON.stringify(historyBefore(tb, tb.length));
          expect(keyByHand(3, open, ta, ta.length) === keyByHand(3, open, tb, tb.length)).toBe(
            same,
          );
        },
      ),
    );
  });
});
