import { describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { makePersona } from "../../../tests/helpers/make-persona";
import type { Persona } from "../../core/persona/schema";
import { LibraryPanel } from "./library-panel";
import { VoicePanel } from "../editor/voice-panel";

const presets = [
  makePersona({ id: "lea", name: "Léa — Service public", language: "fr" }),
  makePersona({ id: "helpdesk", name: "Helpdesk", language: "en" }),
];
const summaries = presets.map(({ id, name, language, description }) => ({
  id,
  name,
  language,
  description,
}));

/** The library as the app has it: the presets' summaries at once, the presets on demand. */
function setup(load: () => Promise<readonly Persona[]>, lang: "en" | "fr" = "en") {
  const user = userEvent.setup();
  const rendered = renderStudio(<LibraryPanel />, {
    lang,
    presets: { summaries, load },
    start: false,
  });
  return { user, ...rendered };
}

describe("PresetList: presets fetched on demand", () => {
  it("lists the presets from their summaries without fetching them", () => {
    const load = vi.fn<() => Promise<readonly Persona[]>>(async () => presets);
    setup(load);
    const items = within(screen.getByRole("list", { name: "Presets" })).getAllByRole("listitem");
    expect(items.map((item) => within(item).getByText(/Léa|Helpdesk/).textContent)).toEqual([
      "Léa — Service public",
      "Helpdesk",
    ]);
    expect(load).not.toHaveBeenCalled();
  });

  it("fetches them on Duplicate to edit, then opens and focuses the copy", async () => {
    const load = vi.fn<() => Promise<readonly Persona[]>>(async () => presets);
    const { user, studio } = setup(load);
    await user.click(screen.getByRole("button", { name: "Duplicate to edit: Helpdesk" }));
    await waitFor(() => expect(studio.openPersona()?.name).toBe("Helpdesk"));
    expect(load).toHaveBeenCalledTimes(1);
    const own = within(screen.getByRole("list", { name: "Your personas" })).getByRole("button", {
      name: "Helpdesk",
    });
    await waitFor(() => expect(own).toHaveFocus());
  });

  it("says so, with Reload, when they cannot be fetched, and adds nothing", async () => {
    const { user, studio } = setup(() => Promise.reject(new Error("Failed to fetch")), "fr");
    await user.click(
      screen.getByRole("button", { name: "Dupliquer pour modifier\u00a0: Helpdesk" }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Les modèles n’ont pas pu être chargés");
    expect(within(alert).getByRole("button", { name: "Recharger" })).toBeInTheDocument();
    expect(studio.library.getState().order).toEqual([]);
  });
});

describe("StartStatus: a first launch waiting for its preset", () => {
  it("says the presets are loading, then shows the sliders of the copy it opened", async () => {
    let arrive!: (list: readonly Persona[]) => void;
    const { studio } = renderStudio(<VoicePanel />, {
      presets: { summaries, load: () => new Promise((resolve) => (arrive = resolve)) },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Loading the presets…");
    expect(screen.queryByRole("slider")).not.toBeInTheDocument();
    arrive(presets);
    expect(await screen.findByRole("slider", { name: "Warmth" })).toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(studio.openPersona()?.language).toBe("en");
  });

  it("says the presets could not be loaded, with Reload, instead of a blank column", async () => {
    renderStudio(<VoicePanel />, {
      presets: { summaries, load: () => Promise.reject(new Error("Failed to fetch")) },
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The presets could not be loaded");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeInTheDocument();
    expect(screen.queryByRole("slider")).not.toBeInTheDocument();
  });
});
