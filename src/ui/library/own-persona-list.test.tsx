import { describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { makePersona } from "../../../tests/helpers/make-persona";
import { LibraryPanel } from "./library-panel";
import type { UiLanguage } from "../i18n";

const presets = [
  makePersona({ id: "lea", name: "Léa — Service public", language: "fr" }),
  makePersona({ id: "helpdesk", name: "Helpdesk", language: "en" }),
];
/** A library with two personas of one's own: the started copy (Helpdesk in English) and Léa, open. */
function setup(lang: UiLanguage = "en") {
  const rendered = renderStudio(<LibraryPanel />, { presets, lang });
  act(() => void rendered.studio.duplicatePreset(presets[0]!, "Léa"));
  return { user: userEvent.setup(), ...rendered };
}
const yours = () => screen.getByRole("list", { name: "Your personas" });
/** The names in the list, in order, read from each row's Delete button (its aria-label). */
const names = () =>
  within(yours())
    .getAllByRole("button", { name: /^Delete: / })
    .map((button) => button.getAttribute("aria-label")!.replace("Delete: ", ""));

describe("LibraryPanel: your personas", () => {
  it("opens a persona by its name and marks the open one", async () => {
    const { user, studio } = setup();
    const lea = within(yours()).getByRole("button", { name: "Léa" });
    const helpdesk = within(yours()).getByRole("button", { name: "Helpdesk" });
    expect(lea).toHaveAttribute("aria-current", "true");
    expect(lea).toHaveTextContent("open");
    expect(helpdesk).not.toHaveAttribute("aria-current");

    await user.click(helpdesk);
    expect(studio.openPersona()?.name).toBe("Helpdesk");
    expect(helpdesk).toHaveAttribute("aria-current", "true");
    expect(helpdesk).toHaveTextContent("open");
    expect(lea).not.toHaveAttribute("aria-current");
  });

  it("is operable from the keyboard", async () => {
    const { user, studio } = setup();
    within(yours()).getByRole("button", { name: "Léa" }).focus();
    await user.tab(); // Duplicate
    await user.tab(); // Rename
    await user.tab(); // Delete
    await user.tab(); // Helpdesk
    expect(within(yours()).getByRole("button", { name: "Helpdesk" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(studio.openPersona()?.name).toBe("Helpdesk");
  });

  it("duplicates a persona under a copy name and opens the copy", async () => {
    const { user, studio } = setup();
    await user.click(screen.getByRole("button", { name: "Duplicate: Helpdesk" }));
    expect(names()).toEqual(["Helpdesk (copy)", "Léa", "Helpdesk"]);
    expect(studio.openPersona()?.name).toBe("Helpdesk (copy)");
    expect(within(yours()).getByRole("button", { name: "Helpdesk (copy)" })).toHaveFocus();
  });

  it("renames inline: Enter saves", async () => {
    const { user, studio } = setup();
    await user.click(screen.getByRole("button", { name: "Rename: Léa" }));
    const field = screen.getByRole("textbox", { name: "New name for Léa" });
    expect(field).toHaveFocus();
    expect(field).toHaveValue("Léa");
    await user.clear(field);
    await user.type(field, "Léa, accueil{Enter}");
    expect(names()).toEqual(["Léa, accueil", "Helpdesk"]);
    expect(studio.openPersona()?.name).toBe("Léa, accueil");
    expect(within(yours()).getByRole("button", { name: "Léa, accueil" })).toHaveFocus();
  });

  it("renames inline: Escape cancels", async () => {
    const { user, studio } = setup();
    await user.click(screen.getByRole("button", { name: "Rename: Léa" }));
    await user.type(
      screen.getByRole("textbox", { name: "New name for Léa" }),
      " et compagnie{Escape}",
    );
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(names()).toEqual(["Léa", "Helpdesk"]);
    expect(studio.openPersona()?.name).toBe("Léa");
    expect(within(yours()).getByRole("button", { name: "Léa" })).toHaveFocus();
  });

  it("deletes with an Undo, which brings the persona back in its place", async () => {
    const { user, studio } = setup();
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByRole("button", { name: "Delete: Léa" }));
    expect(names()).toEqual(["Helpdesk"]);
    expect(status).toHaveTextContent("Deleted Léa.");
    const undo = within(status).getByRole("button", { name: "Undo delete" });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(names()).toEqual(["Léa", "Helpdesk"]);
    expect(studio.openPersona()?.name).toBe("Léa");
    expect(status).toBeEmptyDOMElement();
    expect(within(yours()).getByRole("button", { name: "Léa" })).toHaveFocus();
  });

  it("lets the delete message be dismissed", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Delete: Helpdesk" }));
    await user.click(within(screen.getByRole("status")).getByRole("button", { name: "Dismiss" }));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(names()).toEqual(["Léa"]);
  });

  it("speaks French", async () => {
    const { user } = setup("fr");
    const list = screen.getByRole("list", { name: "Vos personas" });
    expect(within(list).getByRole("button", { name: "Léa" })).toHaveTextContent("ouvert");
    await user.click(screen.getByRole("button", { name: /^Supprimer\s:\sLéa$/ }));
    expect(screen.getByRole("status")).toHaveTextContent("Persona « Léa » supprimé.");
    expect(screen.getByRole("button", { name: "Annuler la suppression" })).toBeInTheDocument();
    // In French the studio started with a copy of the French preset.
    await user.click(screen.getByRole("button", { name: /^Renommer\s:\sLéa — Service public$/ }));
    expect(
      screen.getByRole("textbox", { name: "Nouveau nom pour Léa — Service public" }),
    ).toBeInTheDocument();
  });
});
