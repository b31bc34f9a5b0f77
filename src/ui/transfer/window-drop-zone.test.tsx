import { describe, expect, it } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { serializePersona } from "../../core/persona/serialize";
import { encode } from "fast-png";
import { WindowDropZone } from "./window-drop-zone";

/** jsdom has no DragEvent and a limited DataTransfer: a plain event carrying the files. */
function dragEvent(type: string, files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", {
    value: { files, types: ["Files"], dropEffect: "none" },
  });
  return event;
}
const fire = (type: string, files: File[] = []) => {
  const event = dragEvent(type, files);
  act(() => void window.dispatchEvent(event));
  return event;
};
const jsonFile = (text: string, name = "persona.json") =>
  new File([text], name, { type: "application/json" });

describe("WindowDropZone", () => {
  it("shows an overlay while a file is dragged over the window, and hides it when it leaves", () => {
    renderStudio(<WindowDropZone />);
    expect(
      screen.queryByText(
        "Drop a persona, a Character Card (.json, .png) or a feedback file to import it",
      ),
    ).not.toBeInTheDocument();
    fire("dragenter");
    const over = fire("dragover");
    expect(over.defaultPrevented).toBe(true);
    expect(
      screen.getByText(
        "Drop a persona, a Character Card (.json, .png) or a feedback file to import it",
      ),
    ).toBeInTheDocument();
    fire("dragleave");
    expect(
      screen.queryByText(
        "Drop a persona, a Character Card (.json, .png) or a feedback file to import it",
      ),
    ).not.toBeInTheDocument();
  });

  it("imports a dropped .json file as a new open persona", async () => {
    const { studio } = renderStudio(<WindowDropZone />);
    const file = jsonFile(
      serializePersona({ ...studio.openPersona()!, id: "dropped", name: "Déposée" }),
    );
    fire("dragenter", [file]);
    const drop = fire("drop", [file]);
    expect(drop.defaultPrevented).toBe(true);
    expect(
      screen.queryByText(
        "Drop a persona, a Character Card (.json, .png) or a feedback file to import it",
      ),
    ).not.toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Imported “Déposée”"));
    expect(studio.openPersona()?.name).toBe("Déposée");
  });

  it("shows every problem of an invalid dropped file and changes nothing", async () => {
    const { studio } = renderStudio(<WindowDropZone />);
    const before = structuredClone(studio.openPersona());
    const doc = JSON.parse(serializePersona(studio.openPersona()!));
    doc.voice.register = "high";
    doc.address = "tu";
    fire("drop", [jsonFile(JSON.stringify(doc), "broken.json")]);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("broken.json was not imported: 2 problems. Nothing changed.");
    const lines = within(alert)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'voice.register: expected an integer from 0 to 100, got "high"',
      expect.stringMatching(/^address: expected "informal" or "formal"/),
    ]);
    expect(studio.openPersona()).toEqual(before);

    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("refuses a dropped file that is neither JSON nor PNG", async () => {
    const { studio } = renderStudio(<WindowDropZone />, { lang: "fr" });
    const before = structuredClone(studio.library.getState().entries);
    fire("drop", [
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00])], "photo.jpg", {
        type: "image/jpeg",
      }),
    ]);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "photo.jpg n’est ni du JSON ni une image PNG. Rien n’a été importé.",
    );
    expect(studio.library.getState().entries).toEqual(before);
  });

  it("refuses a PNG image that carries no card, and says why", async () => {
    const { studio } = renderStudio(<WindowDropZone />);
    const before = structuredClone(studio.library.getState().entries);
    const png = encode({ width: 1, height: 1, data: new Uint8Array([255, 0, 0, 255]) });
    fire("drop", [new File([new Uint8Array(png)], "photo.png", { type: "image/png" })]);
    // The first PNG loads the card reader's chunk, which takes about a second here under load.
    expect(await screen.findByRole("alert", {}, { timeout: 5_000 })).toHaveTextContent(
      "photo.png was not imported: this PNG image carries no character card. Nothing changed.",
    );
    expect(studio.library.getState().entries).toEqual(before);
  });
});
