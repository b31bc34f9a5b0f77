/**
 * Save version, Versions, Compare versions, Restore, Open as new persona and Export with
 * history, in English and French, over an in-memory IndexedDB (fake-indexeddb).
 */
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { setVoice } from "../../core/persona/edits";
import { createFeedback, serializeFeedback } from "../../core/review/feedback";
import { restoreHistoryText } from "../../core/versions/history-file";
import { importText } from "../../stores/file-import";
import { FeedbackHost } from "../feedback/feedback-host";
import {
  createVersionsStore,
  replaceVersionsStore,
  type VersionsStore,
} from "../../stores/versions-store";
import { SaveVersionButton, VersionsButton } from "./version-buttons";
import { promptLines } from "./version-compare";

let store: VersionsStore;
let clock = 0;
beforeEach(() => {
  store = createVersionsStore({
    factory: new IDBFactory(),
    channel: null,
    now: () => 1_750_000_000_000 + ++clock * 60_000,
  });
  replaceVersionsStore(store);
});
afterEach(() => {
  replaceVersionsStore(undefined);
  vi.restoreAllMocks();
});

const Both = () => (
  <>
    <SaveVersionButton />
    <VersionsButton />
  </>
);

async function twoVersions() {
  const user = userEvent.setup();
  const rendered = renderStudio(<Both />);
  const first = rendered.studio.openPersona()!;
  await store.getState().save(setVoice("warmth", 10)(first), { name: "Cold", origin: "manual" });
  await store
    .getState()
    .save(setVoice("warmth", 90)(first), { name: "Warm", note: "for Lyon", origin: "export" });
  return { user, ...rendered };
}

describe("SaveVersionButton", () => {
  it("asks for a name, then saves the open persona as a version and says so", async () => {
    const user = userEvent.setup();
    const { studio } = renderStudio(<Both />);
    await user.click(screen.getByRole("button", { name: "Save version" }));
    const dialog = await screen.findByRole("dialog", { name: "Save a version" });
    await user.click(within(dialog).getByRole("button", { name: "Save version" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Give the version a name.");
    await user.click(within(dialog).getByLabelText("Name"));
    await user.paste("Before the meeting");
    await user.click(within(dialog).getByLabelText("Note (optional)"));
    await user.paste("v1 for the client");
    await user.click(within(dialog).getByRole("button", { name: "Save version" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Version “Before the meeting” saved."),
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    const [saved] = await store.getState().load(studio.openPersona()!.id);
    expect(saved).toMatchObject({
      name: "Before the meeting",
      note: "v1 for the client",
      origin: "manual",
    });
    expect(saved?.persona).toEqual(studio.openPersona());
  });

  it("says versions are unavailable when IndexedDB is, and the persona stays", async () => {
    replaceVersionsStore(createVersionsStore({ factory: undefined, channel: null }));
    const user = userEvent.setup();
    const { studio } = renderStudio(<Both />);
    const before = studio.openPersona();
    await user.click(screen.getByRole("button", { name: "Save version" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Name"), "x");
    await user.click(within(dialog).getByRole("button", { name: "Save version" }));
    expect(
      await within(dialog).findByText(/Versions are unavailable in this browser/),
    ).toBeVisible();
    expect(studio.openPersona()).toBe(before);
  });

  it("speaks French", async () => {
    const user = userEvent.setup();
    renderStudio(<Both />, { lang: "fr" });
    await user.click(screen.getByRole("button", { name: "Enregistrer une version" }));
    const dialog = await screen.findByRole("dialog", { name: "Enregistrer une version" });
    expect(within(dialog).getByLabelText("Note (facultative)")).toBeVisible();
  });
});

describe("VersionsButton", () => {
  it("lists versions newest first with date, origin and what changed", async () => {
    const { user } = await twoVersions();
    await user.click(screen.getByRole("button", { name: "Versions" }));
    const list = await screen.findByRole("list", { name: "Saved versions" });
    const items = await within(list).findAllByRole("listitem");
    expect(
      items.map((i) => within(i).getByRole("checkbox").getAttribute("id") && i.textContent),
    ).toEqual([
      expect.stringMatching(/^Warm.*Export · Warmth 10 → 90for Lyon$/),
      expect.stringMatching(/^Cold.*Saved by hand · First version$/),
    ]);
    expect(within(items[0]!).getByRole("checkbox", { name: "Warm" })).toBeVisible();
  });

  it("compares two picked versions in a region named Changes, with bands and the prompt diff", async () => {
    const { user } = await twoVersions();
    await user.click(screen.getByRole("button", { name: "Versions" }));
    const compare = screen.getByRole("button", { name: "Compare versions" });
    expect(compare).toBeDisabled();
    await user.click(await screen.findByRole("checkbox", { name: "Warm" }));
    await user.click(screen.getByRole("checkbox", { name: "Cold" }));
    await user.click(compare);
    const changes = await screen.findByRole("region", { name: "Changes" });
    expect(changes).toHaveTextContent("From “Cold” to “Warm”");
    expect(within(changes).getByText(/^Warmth: .+ \(10\) → .+ \(90\)$/)).toBeVisible();
    expect(changes.querySelectorAll("ins").length).toBeGreaterThan(0);
    expect(changes.querySelectorAll("del").length).toBeGreaterThan(0);
  });

  it("restores one version as one undo step", async () => {
    const { user, studio } = await twoVersions();
    const now = studio.openPersona()!;
    await user.click(screen.getByRole("button", { name: "Versions" }));
    await user.click(await screen.findByRole("checkbox", { name: "Cold" }));
    await user.click(screen.getByRole("button", { name: "Restore" }));
    expect(studio.openPersona()?.voice.warmth).toBe(10);
    expect(screen.getByText("Restored “Cold”. Undo brings back what you had.")).toBeVisible();
    studio.undo();
    expect(studio.openPersona()).toEqual(now);
  });

  it("opens one version as a new persona with a new id", async () => {
    const { user, studio } = await twoVersions();
    const id = studio.openPersona()!.id;
    await user.click(screen.getByRole("button", { name: "Versions" }));
    await user.click(await screen.findByRole("checkbox", { name: "Warm" }));
    await user.click(screen.getByRole("button", { name: "Open as new persona" }));
    const opened = studio.openPersona()!;
    expect(opened.id).not.toBe(id);
    expect(opened.voice.warmth).toBe(90);
    expect(studio.library.getState().entries[id]).toBeDefined();
  });

  it("exports the persona with its history, which reads back whole", async () => {
    const { blobs, links } = captureDownloads();
    const { user, studio } = await twoVersions();
    await user.click(screen.getByRole("button", { name: "Versions" }));
    await screen.findByRole("checkbox", { name: "Warm" });
    await user.click(screen.getByRole("button", { name: "Export with history" }));
    await waitFor(() => expect(links).toHaveLength(1));
    const persona = studio.openPersona()!;
    expect(links[0]!.download).toBe(`${persona.id}.history.json`);
    const back = restoreHistoryText(await blobs[0]!.text());
    expect(back.ok && back.history.versions.map((v) => v.name)).toEqual([
      "Cold",
      "Warm",
      `${persona.id}.history.json`,
    ]);
  });

  it("speaks French", async () => {
    const user = userEvent.setup();
    renderStudio(<Both />, { lang: "fr" });
    await user.click(screen.getByRole("button", { name: "Versions" }));
    expect(await screen.findByText(/^Aucune version pour l’instant/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Comparer les versions" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Exporter avec l’historique" })).toBeEnabled();
  });
});

describe("promptLines", () => {
  it("keeps two lines around each change and folds the rest into a count", () => {
    const same = Array.from({ length: 10 }, (_, i) => `line ${i}\n`).join("");
    const lines = promptLines([
      { kind: "same", text: same },
      { kind: "removed", text: "old\n" },
      { kind: "added", text: "new\n" },
      { kind: "same", text: same },
    ]);
    expect(lines.map((l) => (l.kind === "gap" ? `…${l.count}` : `${l.kind}:${l.text}`))).toEqual([
      "…8",
      "same:line 8",
      "same:line 9",
      "removed:old",
      "added:new",
      "same:line 0",
      "same:line 1",
      "…8",
    ]);
  });
});

describe("feedback given on a version", () => {
  it.each([
    ["en", "Given on version “Sent Monday”."],
    ["fr", "Donné sur la version « Sent Monday »."],
  ] as const)("says which version it was given on (%s)", async (lang, said) => {
    const { studio } = renderStudio(<FeedbackHost />, { lang });
    const persona = studio.openPersona()!;
    const version = await store.getState().save(persona, { name: "Sent Monday", origin: "share" });
    const text = serializeFeedback(
      createFeedback({
        persona,
        runsOn: { kind: "rehearsal" },
        createdAt: "2026-11-20T10:00:00Z",
        ratings: [{ user: "Bonjour", reply: "Bonjour !", rating: "up", comment: "" }],
        versionId: version.id,
      }),
    );
    await act(() => importText(studio, text, "client.feedback.json"));
    const dialog = await screen.findByRole("dialog");
    // French puts no-break spaces inside « »; the text is matched with any kind of space.
    const words = new RegExp(`^${said.replaceAll(/[.()]/g, "\\$&").replaceAll(" ", "\\s")}$`);
    expect(within(dialog).getByText(words)).toBeVisible();
  });
});
