import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { cardV2 } from "../../core/cards";
import { ImportButton } from "./ImportButton";

// Tests run from the repository root.
const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/character-cards", name));

async function upload(file: File, lang: "en" | "fr" = "en") {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: lang === "fr" ? "Importer" : "Import" }));
  await user.upload(await screen.findByLabelText(lang === "fr" ? "Choisir un fichier" : "Choose a file"), file);
}

describe("Character Cards through the Import dialog", () => {
  it("opens SillyTavern's Seraphina PNG as a new persona and says its voice is estimated", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const count = Object.keys(studio.library.getState().entries).length;
    await upload(new File([fixture("v2/default_Seraphina.png")], "default_Seraphina.png", { type: "image/png" }));
    const status = await screen.findByText(/Imported “Seraphina” from a Character Card V\d \(PNG\)/);
    expect(status).toBeInTheDocument();
    expect(screen.getByText(/voice settings, the address form and the language are estimates from \d+ words/)).toBeInTheDocument();
    expect(Object.keys(studio.library.getState().entries)).toHaveLength(count + 1);
    expect(studio.openPersona()!.identity.assistantName).toBe("Seraphina");
  });

  it("brings back a card this studio exported exactly, and says so in French", async () => {
    const { studio } = renderStudio(<ImportButton />, { lang: "fr" });
    const persona = studio.openPersona()!;
    const card = JSON.stringify(cardV2(persona));
    await upload(new File([card], "carte.json", { type: "application/json" }), "fr");
    await screen.findByText(/^La carte portait son persona Psydesign.+il revient à l’identique\.$/);
    const opened = studio.openPersona()!;
    expect({ ...opened, id: persona.id }).toEqual(persona);
  });

  it("says a lorebook is not a card and changes nothing", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const before = structuredClone(studio.library.getState().entries);
    await upload(new File([fixture("v2/Eldoria_sillytavern_worldinfo.json")], "Eldoria.json", { type: "application/json" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Eldoria.json was not imported: this is a SillyTavern World Info (lorebook) file, not a character card. Nothing changed.",
    );
    expect(studio.library.getState().entries).toEqual(before);
  });

  it("refuses a truncated card PNG", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const before = structuredClone(studio.library.getState().entries);
    const png = fixture("v2/default_Seraphina.png");
    await upload(new File([png.subarray(0, png.length >> 1)], "cut.png", { type: "image/png" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("cut.png was not imported: the PNG file is damaged or cut short.");
    expect(studio.library.getState().entries).toEqual(before);
  });
});
