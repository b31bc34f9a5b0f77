import { describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { restorePersonaText } from "../../core/persona/restore";
import { serializePersona } from "../../core/persona/serialize";
import type { Persona } from "../../core/persona/schema";
import { MAX_IMPORT_BYTES } from "../../stores/file-import";
import { ImportButton } from "./import-button";
import type { UiLanguage } from "../i18n";

function setup(lang: UiLanguage = "en") {
  const rendered = renderStudio(<ImportButton />, { lang });
  return { user: userEvent.setup(), ...rendered };
}

/** A persona file with three mistakes in three places. */
function brokenFile(persona: Persona): string {
  const doc = JSON.parse(serializePersona(persona));
  doc.voice.register = "high";
  doc.identity.assistantName = "";
  doc.colour = "blue";
  return JSON.stringify(doc);
}

const validFile = (persona: Persona, name: string) =>
  serializePersona({ ...persona, id: "imported", name });

describe("ImportButton", () => {
  it("opens a dialog with a file picker and a paste box, focused, closed by Escape", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import a persona" });
    const picker = within(dialog).getByLabelText("Choose a file");
    expect(picker).toHaveAttribute("type", "file");
    expect(picker).toHaveAttribute("accept", expect.stringContaining(".json"));
    expect(picker).toHaveFocus();
    expect(within(dialog).getByRole("textbox", { name: "Paste JSON" })).toBeInTheDocument();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import" })).toHaveFocus();
  });

  it("lists every problem of invalid pasted JSON with its path, and changes nothing", async () => {
    const { user, studio } = setup();
    const library = () => {
      const { entries, openId, order } = studio.library.getState();
      return structuredClone({ entries, openId, order });
    };
    const before = library();
    const persona = structuredClone(studio.openPersona());
    const text = brokenFile(studio.openPersona()!);

    await user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = screen.getByRole("dialog");
    await user.click(within(dialog).getByRole("textbox", { name: "Paste JSON" }));
    await user.paste(text);
    await user.click(within(dialog).getByRole("button", { name: "Import" }));

    const alert = within(dialog).getByRole("alert");
    const expected = restorePersonaText(text);
    if (expected.ok) throw new Error("the fixture should be invalid");
    const lines = within(alert)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(lines).toEqual(expected.problems.map((p) => `${p.path}: ${p.message}`));
    expect(lines).toEqual(
      expect.arrayContaining([
        'voice.register: expected an integer from 0 to 100, got "high"',
        expect.stringMatching(/^identity\.assistantName: /),
        expect.stringMatching(/^colour: unknown key/),
      ]),
    );
    expect(alert).toHaveTextContent(
      `The pasted JSON was not imported: ${lines.length} problems. Nothing changed.`,
    );
    expect(studio.openPersona()).toEqual(persona);
    expect(library()).toEqual(before);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("opens valid pasted JSON as a new persona and says so", async () => {
    const { user, studio } = setup();
    const count = studio.library.getState().order.length;
    await user.click(screen.getByRole("button", { name: "Import" }));
    await user.click(screen.getByRole("textbox", { name: "Paste JSON" }));
    await user.paste(validFile(studio.openPersona()!, "Nina, accueil"));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Import" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(studio.library.getState().order).toHaveLength(count + 1);
    expect(studio.openPersona()?.name).toBe("Nina, accueil");
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Imported “Nina, accueil”: it is open as a new persona.",
      ),
    );
  });

  it("imports a file chosen with the picker", async () => {
    const { user, studio } = setup();
    await user.click(screen.getByRole("button", { name: "Import" }));
    const file = new File(
      [validFile(studio.openPersona()!, "Depuis un fichier")],
      "nina.persona.json",
      {
        type: "application/json",
      },
    );
    await user.upload(screen.getByLabelText("Choose a file"), file);
    expect(
      await screen.findByText("Imported “Depuis un fichier”: it is open as a new persona."),
    ).toBeInTheDocument();
    expect(studio.openPersona()?.name).toBe("Depuis un fichier");
  });

  it("refuses a file over 16 MB without reading it", async () => {
    const { user, studio } = setup();
    const before = structuredClone(studio.library.getState().entries);
    await user.click(screen.getByRole("button", { name: "Import" }));
    const file = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], "huge.png", {
      type: "image/png",
    });
    const read = vi.spyOn(file, "arrayBuffer");
    await user.upload(screen.getByLabelText("Choose a file"), file);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "huge.png is too large: a persona file is at most 4 MB (1 MB of content) and a card at most 16 MB. Nothing was imported.",
    );
    expect(read).not.toHaveBeenCalled();
    expect(studio.library.getState().entries).toEqual(before);
  });

  it("refuses a persona file over 4 MB unread", async () => {
    const { user, studio } = setup();
    const before = structuredClone(studio.library.getState().entries);
    await user.click(screen.getByRole("button", { name: "Import" }));
    await user.upload(
      screen.getByLabelText("Choose a file"),
      new File(["x".repeat(4_000_001)], "big.json", { type: "application/json" }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("big.json is too large");
    expect(studio.library.getState().entries).toEqual(before);
  });

  it("speaks French", async () => {
    const { user } = setup("fr");
    await user.click(screen.getByRole("button", { name: "Importer" }));
    const dialog = screen.getByRole("dialog", { name: "Importer un persona" });
    expect(within(dialog).getByLabelText("Choisir un fichier")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: "Coller du JSON" }), "pas du JSON");
    await user.click(within(dialog).getByRole("button", { name: "Importer" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      /^Le JSON collé n’a pas été importé : 1 problème\. Rien n’a changé\./,
    );
    await user.click(within(dialog).getByRole("button", { name: "Fermer" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
