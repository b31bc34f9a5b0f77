import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import type { ReviewLinkProblem } from "../core/review/share-link";
import { LinkProblem } from "./link-problem";
import type { UiLanguage } from "../ui/i18n";

describe("a review link that cannot be opened", () => {
  it.each<[ReviewLinkProblem, UiLanguage, RegExp]>([
    ["empty", "en", /holds no persona/],
    ["not-a-review-link", "en", /not a Psydesign Studio review link/],
    ["corrupt", "fr", /Le lien est abîmé/],
    ["too-large", "fr", /bien plus de données/],
    ["invalid-persona", "en", /persona in it is not valid/],
  ])("says %s plainly (%s), as an alert, and what to do", (problem, ui, message) => {
    render(<LinkProblem problem={problem} ui={ui} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      ui === "fr"
        ? "Ce lien de revue ne peut pas être ouvert"
        : "This review link cannot be opened",
    );
    expect(
      screen.getByText(ui === "fr" ? /Demandez un nouveau lien/ : /Ask the person who sent it/),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(ui);
  });

  it("lists what the persona door found", () => {
    render(
      <LinkProblem
        problem="invalid-persona"
        details={[{ path: "voice.warmth", message: "expected an integer from 0 to 100, got 101" }]}
        ui="en"
      />,
    );
    expect(screen.getByRole("listitem")).toHaveTextContent(
      "voice.warmth: expected an integer from 0 to 100, got 101",
    );
  });
});
