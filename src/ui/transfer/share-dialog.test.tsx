import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { decodeReviewFragment } from "../../core/review/share-link";
import { createSettingsStore, SETTINGS_KEY } from "../../stores/settings-store";
import { useOpenPersona } from "../studio-context";
import { ShareDialog } from "./share-dialog";
import type { UiLanguage } from "../i18n";

function OpenPersonaShared() {
  const persona = useOpenPersona();
  return persona ? <ShareDialog persona={persona} onClose={() => undefined} /> : null;
}

function renderShare(lang: UiLanguage = "en") {
  const result = renderStudio(<OpenPersonaShared />, { lang });
  const dialog = screen.getByRole("dialog");
  const link = () =>
    (
      within(dialog).getByRole("textbox", {
        name: /^(Review link|Lien de relecture)$/,
      }) as HTMLInputElement
    ).value;
  const address = () =>
    within(dialog).getByRole("textbox", {
      name: /^(Studio’s public address \(for links\)|Adresse publique du studio \(pour les liens\))$/,
    });
  return { ...result, persona: result.studio.openPersona()!, dialog, link, address };
}

describe("Share for review", () => {
  it("on this computer's own address, says that only this computer can open the link and points to the review page file", () => {
    const { dialog, link } = renderShare();
    // jsdom serves the page from http://localhost:3000/.
    expect(link()).toMatch(/^http:\/\/localhost:3000\/review\.html#r1\./);
    const note = within(dialog).getByRole("note");
    expect(note).toHaveTextContent(
      "This link points to localhost:3000, which only this computer can open: your client could not. To send the persona, save “Review page (one HTML file)” from the Export menu and send that file",
    );
  });

  it("builds the link on the public address the designer sets, remembers it, and drops the warning", async () => {
    const user = userEvent.setup();
    const { dialog, link, persona, studio, address } = renderShare();
    const field = address();
    await user.type(field, "https://studio.example.org/psydesign/index.html?x=1#top");
    await user.click(within(dialog).getByRole("button", { name: "Use for links" }));
    expect(field).toHaveAccessibleDescription(
      /Links now start with https:\/\/studio\.example\.org\/psydesign\/$/,
    );
    expect(link()).toMatch(/^https:\/\/studio\.example\.org\/psydesign\/review\.html#r1\./);
    const decoded = decodeReviewFragment(new URL(link()).hash);
    expect(decoded.ok && decoded.persona).toEqual(persona);
    expect(within(dialog).queryByRole("note")).toBeNull();
    expect(studio.settings.getState().publicAddress).toBe("https://studio.example.org/psydesign/");
    expect(localStorage.getItem(SETTINGS_KEY)).toContain("https://studio.example.org/psydesign/");
    expect(createSettingsStore(() => 0).getState().publicAddress).toBe(
      "https://studio.example.org/psydesign/",
    );

    await user.clear(field);
    await user.click(within(dialog).getByRole("button", { name: "Use for links" }));
    expect(field).toHaveAccessibleDescription(/Links start with this page’s address again\.$/);
    expect(link()).toMatch(/^http:\/\/localhost:3000\/review\.html#/);
    expect(within(dialog).getByRole("note")).toBeInTheDocument();
  });

  it.each([
    "studio.example.org",
    "ftp://studio.example.org/",
    "https://me:secret@studio.example.org/",
    "javascript:alert(1)",
  ])("refuses %s as a public address, in plain words, and keeps the link", async (typed) => {
    const user = userEvent.setup();
    const { link, studio, address } = renderShare();
    const before = link();
    const field = address();
    await user.type(field, typed);
    await user.keyboard("{Enter}");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(
      /Enter an address that starts with http:\/\/ or https:\/\//,
    );
    expect(link()).toBe(before);
    expect(studio.settings.getState().publicAddress).toBeNull();
    expect(localStorage.getItem(SETTINGS_KEY) ?? "").not.toContain("example.org");
  });

  it("still warns when the public address set is this computer's own", async () => {
    const user = userEvent.setup();
    const { dialog, address } = renderShare();
    await user.type(address(), "http://127.0.0.1:4173/");
    await user.keyboard("{Enter}");
    expect(within(dialog).getByRole("note")).toHaveTextContent(
      /^This link points to 127\.0\.0\.1:4173, which only this computer can open/,
    );
  });

  it("speaks French", () => {
    const { dialog, address } = renderShare("fr");
    expect(within(dialog).getByRole("note")).toHaveTextContent(
      // The matcher reads no-break spaces as spaces.
      "Ce lien pointe vers localhost:3000, que seul cet ordinateur peut ouvrir : votre client ne le pourrait pas. Pour lui envoyer le persona, enregistrez « Page de relecture (un fichier HTML) »",
    );
    expect(address()).toHaveAccessibleDescription(/^L’adresse où le studio est publié/);
    expect(
      within(dialog).getByRole("button", { name: "Utiliser pour les liens" }),
    ).toBeInTheDocument();
  });
});
