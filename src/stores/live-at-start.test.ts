// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { createPreview, startLiveReplay } from "./preview";
import { testStudio } from "../../tests/helpers/chat-test-kit";

const ENDPOINT = { provider: "openai-compatible", baseURL: "http://127.0.0.1:9/v1", model: "m" };

describe("Live replay at start", () => {
  beforeEach(() => localStorage.clear());

  it("is on with the offline rehearsal, the selected scenario replayed at once", async () => {
    const preview = createPreview(testStudio());
    startLiveReplay(preview);
    const chat = preview.chat.getState();
    expect(chat.live).toBe(true);
    const turns = Object.values(preview.chat.getState().conversations)[0] ?? [];
    expect(turns.length).toBeGreaterThan(1);
    expect(turns[0]!.role).toBe("user");
  });

  it("stays off with an endpoint: each reply would cost tokens", () => {
    const preview = createPreview(testStudio());
    preview.endpoint.getState().save(ENDPOINT);
    startLiveReplay(preview);
    expect(preview.chat.getState().live).toBe(false);
    expect(preview.chat.getState().conversations).toEqual({});
  });

  it("turns off when the designer then picks an endpoint, unless they chose it themselves", () => {
    const first = createPreview(testStudio());
    startLiveReplay(first);
    first.endpoint.getState().save(ENDPOINT);
    expect(first.chat.getState().live).toBe(false);

    localStorage.clear();
    const second = createPreview(testStudio());
    startLiveReplay(second);
    second.chat.getState().setLive(false);
    second.chat.getState().setLive(true);
    second.endpoint.getState().save(ENDPOINT);
    expect(second.chat.getState().live).toBe(true);
    second.dispose();
  });

  it("happens once per preview: a second start does not undo the designer's choice", () => {
    const preview = createPreview(testStudio());
    startLiveReplay(preview);
    preview.chat.getState().setLive(false);
    startLiveReplay(preview);
    expect(preview.chat.getState().live).toBe(false);
  });
});
