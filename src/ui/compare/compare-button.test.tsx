// @vitest-environment jsdom
/**
 * The A/B comparison's controls, in English and French: the Compare button and its dialog
 * (Escape closes, focus returns), each side's persona and target choices, Run both and Stop,
 * the two aligned lists with the meter's readings, the summary, and both exports.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";
import { fakeProvider } from "../../../tests/helpers/chat-test-kit";
import { renderStudio } from "../../../tests/helpers/render-studio";
import type { PersonaVersion } from "../../core/versions/types";
import { PRESETS } from "../../stores/presets";
import { compareOf } from "../../stores/compare-of";
import { previewOf } from "../../stores/preview";
import { CompareButton } from "./compare-button";

const TOWN_HALL = PRESETS.find((p) => p.id === "service-public")!;
const OTHER = PRESETS.find((p) => p.id === "museum-guide")!;
const WORDS = {
  en: {
    compare: "Compare",
    dialog: "Compare two versions",
    run: "Run both",
    stop: "Stop",
    persona: "Persona",
    target: "Target",
    model: "Model",
    html: "Export comparison (HTML)",
    markdown: "Export comparison (Markdown)",
    summary: /^A: \d+ of \d+ targets held — B: \d+ of \d+$/,
    stopped: "Stopped",
  },
  fr: {
    compare: "Comparer",
    dialog: "Comparer deux versions",
    run: "Lancer les deux",
    stop: "Arrêter",
    persona: "Persona",
    target: "Cible",
    model: "Modèle",
    html: "Exporter la comparaison (HTML)",
    markdown: "Exporter la comparaison (Markdown)",
    summary: /^A\s: \d+ cibles tenues sur \d+ — B\s: \d+ sur \d+$/,
    stopped: "Arrêtée",
  },
} as const;

const VERSION: PersonaVersion = {
  id: "v-tu",
  personaId: TOWN_HALL.id,
  createdAt: "2026-11-02T10:00:00.000Z",
  name: "Tutoiement",
  origin: "manual",
  persona: { ...TOWN_HALL, address: "informal" },
};

function open(lang: "en" | "fr", options: Parameters<typeof compareOf>[1] = {}) {
  const rendered = renderStudio(<CompareButton />, { lang, presets: [TOWN_HALL] });
  const library = rendered.studio.library;
  act(() => {
    library.getState().add(OTHER);
    library.getState().open(library.getState().order.find((id) => id === TOWN_HALL.id)!);
  });
  compareOf(rendered.studio, { typingDelayMs: 0, ...options });
  return { user: userEvent.setup(), ...rendered };
}

async function dialogOf(user: ReturnType<typeof userEvent.setup>, lang: "en" | "fr") {
  await user.click(screen.getByRole("button", { name: WORDS[lang].compare }));
  return screen.findByRole("dialog", { name: WORDS[lang].dialog });
}

afterEach(() => vi.restoreAllMocks());

describe.each(["en", "fr"] as const)("Compare (%s)", { timeout: 30_000 }, (lang) => {
  const w = WORDS[lang];

  it("opens a dialog with two sides; Escape closes it and focus returns to the button", async () => {
    const { user } = open(lang);
    const dialog = await dialogOf(user, lang);
    for (const side of ["Version A", "Version B"]) {
      const region = within(dialog).getByRole("region", { name: side });
      expect(within(region).getByLabelText(w.persona)).toBeInstanceOf(HTMLSelectElement);
      expect(within(region).getByLabelText(w.target)).toBeInstanceOf(HTMLSelectElement);
    }
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: w.compare }));
  });

  it("offers the open persona, its saved versions and the other personas; A starts on the latest version", async () => {
    const { user } = open(lang, { listVersions: async () => [VERSION] });
    const dialog = await dialogOf(user, lang);
    const a = within(within(dialog).getByRole("region", { name: "Version A" })).getByLabelText(
      w.persona,
    ) as HTMLSelectElement;
    await waitFor(() => expect(a.value).toBe("version:v-tu"));
    const groups = [...a.querySelectorAll("optgroup")].map((g) => g.label);
    expect(groups).toHaveLength(2);
    expect([...a.options].map((o) => o.textContent)).toContainEqual(
      expect.stringMatching(/^Tutoiement — /),
    );
    expect([...a.options].map((o) => o.textContent)).toContain(OTHER.name);
    const b = within(within(dialog).getByRole("region", { name: "Version B" })).getByLabelText(
      w.persona,
    ) as HTMLSelectElement;
    expect(b.value).toBe("current");
    await user.selectOptions(
      b,
      `persona:${[...b.options].find((o) => o.textContent === OTHER.name)!.value.slice("persona:".length)}`,
    );
    expect(b.value).toMatch(/^persona:/);
  });

  it("runs both offline: two aligned lists, the meter's readings beside each reply, the summary above", async () => {
    const { user, studio } = open(lang, { listVersions: async () => [VERSION] });
    const dialog = await dialogOf(user, lang);
    await user.click(within(dialog).getByRole("button", { name: w.run }));
    const turns = compareOf(studio).getState().users.length;
    expect(turns).toBeGreaterThan(0);
    const summary = await within(dialog).findByText(w.summary, {}, { timeout: 10_000 });
    await waitFor(() => expect(compareOf(studio).getState().status).toBe("done"), {
      timeout: 10_000,
    });
    await waitFor(() =>
      expect(within(dialog).getAllByRole("list", { name: /Version [AB]/ })).toHaveLength(turns * 2),
    );
    const listA = within(dialog).getByRole("list", { name: "Conversation A" });
    const listB = within(dialog).getByRole("list", { name: "Conversation B" });
    expect(listA.children).toHaveLength(turns);
    expect(listB.children).toHaveLength(turns);
    // The user turn once on screen (in A), named for screen readers in B too.
    const first = compareOf(studio).getState().users[0]!;
    expect(listA.children[0]!.textContent).toContain(first);
    // A speaks as the tu version, B as the persona now: their address readings differ in target.
    const state = compareOf(studio).getState();
    expect(state.replies.a[0]!.readings!.find((r) => r.dimension === "address")!.target).toBe(
      "informal",
    );
    expect(state.replies.b[0]!.readings!.find((r) => r.dimension === "address")!.target).toBe(
      "formal",
    );
    const held = (side: "a" | "b") =>
      state.replies[side].flatMap((r) => r.readings ?? []).filter((r) => r.ok).length;
    expect(summary.textContent).toContain(String(held("a")));
    expect(summary.textContent).toMatch(new RegExp(`${held("b")} (of|sur) ${turns * 9}$`));
    // Bands by their names, as under a reply in the preview: no band digit on screen.
    const readings = within(dialog)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    const warmth = readings.find((text) => /(Warmth|Chaleur): /.test(text ?? ""));
    expect(warmth).toMatch(/(Warmth|Chaleur): \p{L}/u);
    expect(readings.join("\n")).not.toMatch(/: [0-4] · /);
  });

  it("offers a model on the endpoint once one is set, and Stop stops both sides", async () => {
    const provider = fakeProvider({ delayMs: 30, words: 80 });
    const { user, studio } = open(lang, { endpointProvider: () => provider });
    const dialog = await dialogOf(user, lang);
    const region = within(dialog).getByRole("region", { name: "Version B" });
    const target = within(region).getByLabelText(w.target) as HTMLSelectElement;
    expect(target.querySelector<HTMLOptionElement>("option[value=endpoint]")!.disabled).toBe(true);
    previewOf(studio).endpoint.getState().save({
      provider: "openai-compatible",
      baseURL: "http://127.0.0.1:9/v1",
      model: "model-1",
    });
    await waitFor(() =>
      expect(target.querySelector<HTMLOptionElement>("option[value=endpoint]")!.disabled).toBe(
        false,
      ),
    );
    for (const side of ["Version A", "Version B"]) {
      const r = within(dialog).getByRole("region", { name: side });
      await user.selectOptions(within(r).getByLabelText(w.target), "endpoint");
    }
    const model = within(region).getByLabelText(w.model) as HTMLInputElement;
    expect(model.value).toBe("model-1");
    await user.clear(model);
    await user.type(model, "model-2");
    await user.click(within(dialog).getByRole("button", { name: w.run }));
    await waitFor(() => expect(provider.requests).toHaveLength(2));
    expect(provider.requests.map((r) => r.params.model).toSorted()).toEqual(["model-1", "model-2"]);
    await user.click(within(dialog).getByRole("button", { name: w.stop }));
    await waitFor(() => expect(compareOf(studio).getState().status).toBe("stopped"));
    expect(provider.requests.every((r) => r.signal.aborted)).toBe(true);
    expect(within(dialog).getAllByText(w.stopped).length).toBeGreaterThanOrEqual(2);
  });

  it("stops a run when the dialog closes, and keeps what came", async () => {
    const provider = fakeProvider({ delayMs: 30, words: 200 });
    const { user, studio } = open(lang, { endpointProvider: () => provider });
    previewOf(studio).endpoint.getState().save({
      provider: "openai-compatible",
      baseURL: "http://127.0.0.1:9/v1",
      model: "model-1",
    });
    const dialog = await dialogOf(user, lang);
    const region = within(dialog).getByRole("region", { name: "Version B" });
    const target = within(region).getByLabelText(w.target) as HTMLSelectElement;
    await waitFor(() =>
      expect(target.querySelector<HTMLOptionElement>("option[value=endpoint]")!.disabled).toBe(
        false,
      ),
    );
    await user.selectOptions(target, "endpoint");
    await user.click(within(dialog).getByRole("button", { name: w.run }));
    await waitFor(() => expect(provider.requests).toHaveLength(1));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(compareOf(studio).getState().status).toBe("stopped"));
    expect(provider.requests[0]!.signal.aborted).toBe(true);
    expect(compareOf(studio).getState().replies.a.length).toBeGreaterThan(0);
  });

  it("exports the comparison as an HTML page and as Markdown", async () => {
    const { user, studio } = open(lang, { listVersions: async () => [VERSION] });
    const dialog = await dialogOf(user, lang);
    const html = within(dialog).getByRole("button", { name: w.html });
    expect(html).toBeDisabled();
    await user.click(within(dialog).getByRole("button", { name: w.run }));
    await waitFor(() => expect(compareOf(studio).getState().status).toBe("done"), {
      timeout: 10_000,
    });
    const downloads = captureDownloads();
    await user.click(html);
    await user.click(within(dialog).getByRole("button", { name: w.markdown }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(2));
    expect(compareOf(studio).getState().personaOf("b")!.id).toBe(TOWN_HALL.id);
    const names = downloads.links.map((l) => l.download);
    expect(names.toSorted()).toEqual([
      "comparison-service-public.html",
      "comparison-service-public.md",
    ]);
    const file = (name: string) => downloads.blobs[names.indexOf(name)]!.text();
    const page = new DOMParser().parseFromString(
      await file("comparison-service-public.html"),
      "text/html",
    );
    expect(page.documentElement.lang).toBe(lang);
    expect(page.querySelectorAll("script")).toHaveLength(0);
    expect(page.querySelector(".summary")!.textContent).toMatch(w.summary);
    // The versions differ in address only: the prompt diff has lines on both sides.
    expect(page.querySelectorAll("pre del").length).toBeGreaterThan(0);
    expect(page.querySelectorAll("pre ins").length).toBeGreaterThan(0);
    const markdown = await file("comparison-service-public.md");
    expect(markdown).toContain("```diff");
    expect(markdown).toMatch(/Tutoiement/);
  });
});
