import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { cardV2 } from "../../core/cards";
import { ImportButton } from "./import-button";
import type { UiLanguage } from "../i18n";

// Tests run from the repository root.
const fixture = (name: string) =>
  readFileSync(path.resolve("tests/fixtures/character-cards", name));

async function upload(file: File, lang: UiLanguage = "en") {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: lang === "fr" ? "Importer" : "Import" }));
  await user.upload(
    await screen.findByLabelText(lang === "fr" ? "Choisir un fichier" : "Choose a file"),
    file,
  );
}

describe("Character Cards through the Import dialog", () => {
  it("opens SillyTavern's Seraphina PNG as a new persona and says its voice is estimated", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const count = Object.keys(studio.library.getState().entries).length;
    await upload(
      new File([fixture("v2/default_Seraphina.png")], "default_Seraphina.png", {
        type: "image/png",
      }),
    );
    const status = await screen.findByText(
      /Imported “Seraphina” from a Character Card V\d \(PNG\)/,
    );
    expect(status).toBeInTheDocument();
    expect(
      screen.getByText(
        /voice settings, the address form and the language are estimates from \d+ words/,
      ),
    ).toBeInTheDocument();
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

  it("says a card of this studio edited in another tool keeps its edits and the persona's sliders", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const persona = studio.openPersona()!;
    const card = cardV2(persona);
    card.data.first_mes = "Edited elsewhere.";
    await upload(new File([JSON.stringify(card)], "edited.json", { type: "application/json" }));
    await screen.findByText(
      "The card carried its Psydesign persona, edited since in another tool (first_mes): the edits are kept, and the sliders are the persona’s.",
    );
    expect(studio.openPersona()).toMatchObject({
      greeting: "Edited elsewhere.",
      voice: persona.voice,
    });
  });

  it("says a lorebook is not a card and changes nothing", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const before = structuredClone(studio.library.getState().entries);
    await upload(
      new File([fixture("v2/Eldoria_sillytavern_worldinfo.json")], "Eldoria.json", {
        type: "application/json",
      }),
    );
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
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "cut.png was not imported: the PNG file is damaged or cut short.",
    );
    expect(studio.library.getState().entries).toEqual(before);
  });
});

const bigCard = () =>
  JSON.stringify({
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: { name: "Verbose", description: "Long ".repeat(400_000) },
  });

describe("hostile or oversized cards through the Import dialog", () => {
  it("says a card too large for a persona is within the file limit, and changes nothing", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const before = structuredClone(studio.library.getState().entries);
    await upload(new File([bigCard()], "verbose.json", { type: "application/json" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "verbose.json was not imported: the file is within the 16 MB limit, but the persona made from it would be over 1 MB",
    );
    expect(studio.library.getState().entries).toEqual(before);
  });

  it("says it in French too", async () => {
    renderStudio(<ImportButton />, { lang: "fr" });
    await upload(new File([bigCard()], "verbeux.json", { type: "application/json" }), "fr");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      // toHaveTextContent folds the no-break spaces of French typography into plain ones.
      "verbeux.json n’a pas été importé : le fichier tient dans la limite de 16 Mo, mais le persona qui en serait fait dépasserait 1 Mo",
    );
  });

  it("refuses a card nested 2,100 levels deep with a message, and changes nothing", async () => {
    const { studio } = renderStudio(<ImportButton />);
    const before = structuredClone(studio.library.getState().entries);
    const deep = `{"spec":"chara_card_v2","spec_version":"2.0","data":{"name":"Deep","extensions":{"x":${"[".repeat(2_100)}${"]".repeat(2_100)}}}}`;
    await upload(new File([deep], "deep.json", { type: "application/json" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "deep.json was not imported: the card nests its data more than 48 levels deep",
    );
    expect(studio.library.getState().entries).toEqual(before);
  });
});
