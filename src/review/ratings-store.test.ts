import { describe, expect, it } from "vitest";
import { createRatingsStore, givenVerdicts, verdictOf } from "./ratings-store";

const context = { reply: "Bonjour !", user: "Salut", scenarioId: "welcome-fr" };

describe("the ratings store", () => {
  it("keeps one verdict per reply: a rating and a comment on the same reply add up", () => {
    const store = createRatingsStore();
    store.getState().rate("turn-2", context, "up");
    store.getState().comment("turn-2", context, "Chaleureux");
    expect(givenVerdicts(store.getState())).toEqual([
      { ...context, rating: "up", comment: "Chaleureux" },
    ]);
    expect(verdictOf(store.getState(), "turn-2", "Bonjour !")).toMatchObject({ rating: "up" });
  });

  it("leaves out replies whose verdict was taken back and has no comment", () => {
    const store = createRatingsStore();
    store.getState().rate("turn-2", context, "down");
    store.getState().rate("turn-2", context, null);
    store.getState().comment("turn-4", { ...context, reply: "Autre" }, "   ");
    expect(givenVerdicts(store.getState())).toEqual([]);
  });

  it("does not carry a verdict over to a new text of the same turn (regenerated), and keeps the old one", () => {
    const store = createRatingsStore();
    store.getState().rate("turn-2", context, "down");
    expect(verdictOf(store.getState(), "turn-2", "Bonjour, enfin !")).toBeUndefined();
    store.getState().rate("turn-2", { ...context, reply: "Bonjour, enfin !" }, "up");
    expect(givenVerdicts(store.getState()).map((r) => [r.reply, r.rating])).toEqual([
      ["Bonjour, enfin !", "up"],
      ["Bonjour !", "down"],
    ]);
  });
});
