import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { makePersona } from "../../../tests/helpers/make-persona";
import { LibraryPanel } from "./library-panel";
import type { UiLanguage } from "../i18n";

const presets = [
  makePersona({ id: "lea", name: "Léa — Service public", language: "fr" }),
  makePersona({ id: "helpdesk", name: "Helpdesk", language: "en" }),
];
const setup = (lang: UiLanguage = "en") => ({
  user: userEvent.setup(),
  ...renderStudio(<LibraryPanel />, { presets, lang }),
});
const list = (name: string) => screen.getByRole("list", { name });

describe("LibraryPanel: presets", () => {
  it("lists every preset, read-only, each with a Duplicate to edit button naming it", () => {
    setup();
    const items = within(list("Presets")).getAllByRole("listitem");
    expect(items.map((item) => within(item).getByRole("button").textContent)).toEqual([
      "Duplicate to edit",
      "Duplicate to edit",
    ]);
    for (const preset of presets) {
      expect(
        screen.getByRole("button", { name: `Duplicate to edit: ${preset.name}` }),
      ).toBeInTheDocument();
    }
    expect(
      within(list("Presets")).queryByRole("button", { name: /^(Rename|Delete)/ }),
    ).not.toBeInTheDocument();
  });

  it("duplicates a preset into a new persona of one's own, opens it and focuses it", async () => {
    const { user, studio } = setup();
    const before = studio.library.getState().order.length;
    await user.click(
      screen.getByRole("button", { name: "Duplicate to edit: Léa — Service public" }),
    );

    expect(studio.library.getState().order).toHaveLength(before + 1);
    const open = studio.openPersona()!;
    expect(open).toMatchObject({ name: "Léa — Service public", language: "fr" });
    expect(open.id).not.toBe("lea");
    const button = within(list("Your personas")).getByRole("button", {
      name: "Léa — Service public",
    });
    expect(button).toHaveAttribute("aria-current", "true");
    expect(button).toHaveFocus();
    // The preset itself is untouched.
    expect(studio.presets.getState().list![0]).toEqual(presets[0]);
  });
});

describe("LibraryPanel: search", () => {
  it("filters both lists, ignoring accents and case", async () => {
    const { user } = setup();
    const search = screen.getByRole("searchbox", { name: "Search personas" });

    await user.type(search, "lea");
    expect(within(list("Presets")).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list("Presets")).getByText("Léa — Service public")).toBeInTheDocument();
    // The started persona is a copy of Helpdesk: it no longer matches.
    expect(screen.queryByRole("list", { name: "Your personas" })).not.toBeInTheDocument();
    expect(screen.getByText("No persona matches “lea”.")).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, "HÉLP");
    expect(within(list("Presets")).getAllByRole("listitem")).toHaveLength(1);
    expect(
      within(list("Your personas")).getByRole("button", { name: "Helpdesk" }),
    ).toBeInTheDocument();
  });
});

describe("LibraryPanel: new persona", () => {
  it("clears a search that would hide the new persona", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox", { name: "Search personas" }), "helpdesk");
    await user.click(screen.getByRole("button", { name: "New persona" }));
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "Camille{Enter}");
    expect(screen.getByRole("searchbox", { name: "Search personas" })).toHaveValue("");
    expect(within(list("Your personas")).getByRole("button", { name: "Camille" })).toHaveFocus();
  });

  it("asks a name and a language inline, then opens the new persona", async () => {
    const { user, studio } = setup();
    await user.click(screen.getByRole("button", { name: "New persona" }));
    const form = await screen.findByRole("form", { name: "New persona" });

    await user.click(within(form).getByRole("button", { name: "Create" }));
    expect(within(form).getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
      "Give the persona a name.",
    );

    await user.selectOptions(
      within(form).getByRole("combobox", { name: "Language of the assistant" }),
      "French",
    );
    await user.type(
      within(form).getByRole("textbox", { name: "Name" }),
      "Élodie — Mutuelle{Enter}",
    );

    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(studio.openPersona()).toMatchObject({
      name: "Élodie — Mutuelle",
      language: "fr",
      id: "elodie-mutuelle",
    });
    const button = within(list("Your personas")).getByRole("button", { name: "Élodie — Mutuelle" });
    expect(button).toHaveAttribute("aria-current", "true");
    expect(button).toHaveFocus();
  });

  it("cancels with Escape and gives focus back to the New persona button", async () => {
    const { user, studio } = setup();
    const count = studio.library.getState().order.length;
    await user.click(screen.getByRole("button", { name: "New persona" }));
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "Brouillon");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New persona" })).toHaveFocus();
    expect(studio.library.getState().order).toHaveLength(count);
  });
});

describe("LibraryPanel: French", () => {
  it("speaks French", async () => {
    const { user } = setup("fr");
    expect(screen.getByRole("searchbox", { name: "Rechercher un persona" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Bibliothèque" })).toBeInTheDocument();
    const duplicate = screen.getByRole("button", {
      name: /^Dupliquer pour modifier\s:\sLéa — Service public$/,
    });
    expect(duplicate).toHaveTextContent(/^Dupliquer pour modifier$/);
    await user.click(screen.getByRole("button", { name: "Nouveau persona" }));
    expect(screen.getByRole("combobox", { name: "Langue de l’assistant" })).toHaveValue("fr");
  });
});
