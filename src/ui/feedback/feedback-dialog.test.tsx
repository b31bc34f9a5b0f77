import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { createFeedback, serializeFeedback } from "../../core/review/feedback";
import type { Persona } from "../../core/persona/schema";
import { ImportButton } from "../transfer/import-button";
import { FeedbackHost } from "./feedback-host";
import type { UiLanguage } from "../i18n";

const feedbackFile = (persona: Persona) =>
  new File(
    [
      serializeFeedback(
        createFeedback({
          persona,
          runsOn: { kind: "rehearsal" },
          createdAt: "2026-11-20T10:00:00Z",
          ratings: [
            {
              user: "Bonjour",
              reply: "Bonjour, que puis-je faire pour vous ?",
              rating: "up",
              comment: "Parfait",
            },
            {
              user: "Je veux résilier",
              reply: "Pas de souci !",
              rating: "down",
              comment: "Trop familier",
              scenarioId: "refund-fr",
            },
          ],
        }),
      ),
    ],
    "client.feedback.json",
    { type: "application/json" },
  );

async function importFeedback(persona: Persona, lang: UiLanguage = "en") {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: lang === "fr" ? "Importer" : "Import" }));
  await user.upload(
    await screen.findByLabelText(lang === "fr" ? "Choisir un fichier" : "Choose a file"),
    feedbackFile(persona),
  );
  return user;
}

describe("client feedback in the studio", () => {
  it("shows every rated reply beside the version it was given on", async () => {
    const { studio } = renderStudio(
      <>
        <ImportButton />
        <FeedbackHost />
      </>,
    );
    const persona = studio.openPersona()!;
    const libraryBefore = Object.keys(studio.library.getState().entries).length;
    await importFeedback(persona);
    const dialog = await screen.findByRole("dialog", {
      name: `Client feedback on “${persona.name}”`,
    });
    expect(dialog).toHaveTextContent("2 replies reviewed: 1 liked, 1 disliked, 2 comments.");
    expect(dialog).toHaveTextContent(`Given on the version of “${persona.name}” you have now.`);
    const items = within(dialog).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Liked");
    expect(items[0]).toHaveTextContent("Parfait");
    expect(items[1]).toHaveTextContent("Disliked · scenario refund-fr");
    expect(items[1]).toHaveTextContent("Trop familier");
    // Importing feedback never touches the library.
    expect(Object.keys(studio.library.getState().entries)).toHaveLength(libraryBefore);
  });

  it("lists what changed since the review, and opens the reviewed version as a new persona", async () => {
    const { studio } = renderStudio(
      <>
        <ImportButton />
        <FeedbackHost />
      </>,
      { lang: "fr" },
    );
    const current = studio.openPersona()!;
    const reviewed: Persona = {
      ...current,
      voice: { ...current.voice, warmth: current.voice.warmth > 50 ? 10 : 90 },
    };
    const user = await importFeedback(reviewed, "fr");
    const dialog = await screen.findByRole("dialog", {
      name: `Retours du client sur «\u00a0${current.name}\u00a0»`,
    });
    expect(dialog).toHaveTextContent(`« ${current.name} » a changé depuis cette relecture :`);
    expect(dialog).toHaveTextContent(
      `Chaleur : ${reviewed.voice.warmth} → ${current.voice.warmth}`,
    );

    await user.click(
      within(dialog).getByRole("button", { name: "Ouvrir la version relue comme nouveau persona" }),
    );
    const opened = studio.openPersona()!;
    expect(opened.voice).toEqual(reviewed.voice);
    expect(opened.name).toMatch(/\(relu le /);
    expect(opened.id).not.toBe(current.id);
  });

  it("refuses a damaged feedback file with its problems and shows no dialog", async () => {
    renderStudio(
      <>
        <ImportButton />
        <FeedbackHost />
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Import" }));
    const bad = JSON.stringify({ format: "psydesign-feedback", version: 1, ratings: "many" });
    await user.upload(
      screen.getByLabelText("Choose a file"),
      new File([bad], "bad.json", { type: "application/json" }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("bad.json was not imported");
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
        .join("\n"),
    ).toMatch(/ratings/);
    expect(screen.queryByRole("dialog", { name: /Client feedback/ })).not.toBeInTheDocument();
  });
});
