import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { makePersona } from "../../../tests/helpers/make-persona";
import { ImportButton } from "./import-button";

/** A persona file whose extensions nest a list `levels` deep. */
const deepFile = (levels: number) =>
  JSON.stringify(makePersona({ id: "deep", name: "Deep" })).replace(
    '"extensions":{}',
    `"extensions":{"x":${"[".repeat(levels)}1${"]".repeat(levels)}}`,
  );

describe("importing a persona nested too deep", () => {
  it.each([
    [
      "en",
      2_000,
      "Import",
      "Choose a file",
      "deep.json was not imported: 1 problem. Nothing changed.",
    ],
    [
      "fr",
      3_300,
      "Importer",
      "Choisir un fichier",
      "deep.json n’a pas été importé : 1 problème. Rien n’a changé.",
    ],
  ] as const)(
    "shows the door's message (%s, %i levels) and changes nothing",
    async (lang, levels, button, picker, summary) => {
      const { studio } = renderStudio(<ImportButton />, { lang });
      const user = userEvent.setup();
      const before = Object.keys(studio.library.getState().entries);
      await user.click(screen.getByRole("button", { name: button }));
      await user.upload(
        await screen.findByLabelText(picker),
        new File([deepFile(levels)], "deep.json", { type: "application/json" }),
      );
      const alert = await screen.findByRole("alert");
      expect(alert.textContent?.replaceAll("\u00a0", " ")).toContain(summary);
      expect(alert).toHaveTextContent(
        `extensions.x${"[0]".repeat(63)}: nested deeper than 64 levels`,
      );
      expect(Object.keys(studio.library.getState().entries)).toEqual(before);
    },
  );
});
