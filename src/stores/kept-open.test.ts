import { describe, expect, it } from "vitest";
import { keptOpenOf } from "./kept-open";

describe("keptOpenOf", () => {
  it("keeps what is open per key, forgets it on null, and apart per conversation owner", () => {
    const chat = {};
    const store = keptOpenOf(chat);
    expect(keptOpenOf(chat)).toBe(store);
    store.getState().set("turn-2:details", "open");
    store.getState().set("turn-2:evidence", "warmth");
    expect(store.getState().open).toEqual({
      "turn-2:details": "open",
      "turn-2:evidence": "warmth",
    });
    store.getState().set("turn-2:evidence", null);
    expect(store.getState().open).toEqual({ "turn-2:details": "open" });
    expect(keptOpenOf({}).getState().open).toEqual({});
  });
});
