import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { makePersona } from "../../tests/helpers/make-persona";
import type { UiLanguage } from "../ui/i18n";
import { ReviewPage } from "./review-page";
import { createReviewSession } from "./review-session";

// One part of the page fails to render, as a bug or a persona it cannot show would make it.
vi.mock("./review-conversation", () => ({
  ReviewConversation: () => {
    throw new Error("cannot render the conversation");
  },
}));

beforeEach(() => {
  // React reports the error the boundary caught on the console; here it is the point.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function renderPage(ui: UiLanguage) {
  const session = createReviewSession(makePersona(), { ui, preview: { typingDelayMs: 0 } });
  return render(<ReviewPage session={session} />);
}

describe("the review page, when part of it fails to render", () => {
  it.each<[UiLanguage, RegExp, string]>([
    ["en", /^This page could not be shown\. Reload it to start the review again/, "Reload"],
    [
      "fr",
      /^Cette page n’a pas pu s’afficher\. Rechargez-la pour recommencer la revue/,
      "Recharger",
    ],
  ])("says so plainly in %s, with Reload, instead of a blank page", (ui, message, reload) => {
    const { container } = renderPage(ui);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole("button", { name: reload })).toBeInTheDocument();
    expect(container.textContent?.trim()).not.toBe("");
  });
});
