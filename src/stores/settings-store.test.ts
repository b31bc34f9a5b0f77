// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import {
  createSettingsStore,
  localOnlyHost,
  publicAddressOf,
  SETTINGS_KEY,
} from "./settings-store";

beforeEach(() => localStorage.clear());

describe("the studio's public address", () => {
  it.each([
    ["https://studio.example.org", "https://studio.example.org/"],
    ["  https://studio.example.org/psy  ", "https://studio.example.org/psy/"],
    ["https://studio.example.org/psy/index.html?lang=fr#top", "https://studio.example.org/psy/"],
    ["HTTP://Studio.Example.org:8080/a/b/", "http://studio.example.org:8080/a/b/"],
  ])("%j is kept as %j", (typed, address) => {
    expect(publicAddressOf(typed)).toBe(address);
  });

  it.each([
    "",
    "studio.example.org",
    "ftp://studio.example.org/",
    "file:///home/me/studio/",
    "javascript:alert(1)",
    "https://",
    "https://me:pw@studio.example.org/",
  ])("%j is refused", (typed) => {
    expect(publicAddressOf(typed)).toBeUndefined();
  });

  it("is remembered, and a stored value that is not an address is dropped on reading", () => {
    const store = createSettingsStore(() => 1);
    expect(store.getState().setPublicAddress("https://studio.example.org/psy")).toBe(true);
    expect(createSettingsStore(() => 2).getState().publicAddress).toBe(
      "https://studio.example.org/psy/",
    );
    expect(store.getState().setPublicAddress("nope")).toBe(false);
    expect(store.getState().publicAddress).toBe("https://studio.example.org/psy/");
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        state: { uiLanguage: "fr", publicAddress: "javascript:alert(1)//" },
        version: 1,
      }),
    );
    expect(createSettingsStore(() => 3).getState()).toMatchObject({
      uiLanguage: "fr",
      publicAddress: null,
    });
  });
});

describe("a link only this computer can open", () => {
  it.each([
    ["http://localhost:5173/", "localhost:5173"],
    ["http://127.0.0.1:4173/review.html", "127.0.0.1:4173"],
    ["http://127.1.2.3/", "127.1.2.3"],
    ["http://[::1]:8080/", "[::1]:8080"],
    ["http://studio.localhost/", "studio.localhost"],
    ["http://0.0.0.0:5173/", "0.0.0.0:5173"],
    ["file:///home/me/dist/index.html", "file:///home/me/dist/index.html"],
  ])("%s points to %s", (address, where) => {
    expect(localOnlyHost(address)).toBe(where);
  });

  it.each([
    "https://studio.example.org/",
    "http://192.168.1.20:5173/",
    "http://127.example.org/",
    "http://localhost.example.org/",
    "not a url",
  ])("%s may be opened elsewhere (or is not a link)", (address) => {
    expect(localOnlyHost(address)).toBeUndefined();
  });
});
