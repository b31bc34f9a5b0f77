import { afterEach, describe, expect, it, vi } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { withCustomScenarios } from "../core/scenarios/schema";
import { restoreFeedbackText } from "../core/review/feedback";
import type { Persona } from "../core/persona/schema";
import type { ChatProvider } from "../providers/types";
import { storageStatusStore } from "../stores/storage";
import { fakeProvider } from "../../tests/helpers/chat-test-kit";
import { makePersona } from "../../tests/helpers/make-persona";
import { ReviewApp } from "./review-app";
import { ReviewProvider } from "./review-context";
import { createReviewSession } from "./review-session";
import { captureDownloads } from "../../tests/helpers/capture-downloads";
import type { UiLanguage } from "../ui/i18n";

const persona: Persona = withCustomScenarios(
  makePersona({ greeting: "Bonjour, je suis Camille. Que puis-je pour vous ?" }),
  [
    {
      id: "colis-perdu",
      title: "Colis perdu",
      language: "fr",
      turns: ["Mon colis n'est jamais arrivé.", "Merci"],
    },
  ],
);

function renderReview(
  options: { persona?: Persona; ui?: UiLanguage; endpoint?: ChatProvider; fromFile?: boolean } = {},
) {
  localStorage.clear();
  storageStatusStore.setState({ problems: [] });
  const session = createReviewSession(options.persona ?? persona, {
    ui: options.ui ?? "fr",
    preview: {
      typingDelayMs: 0,
      ...(options.endpoint ? { endpointProvider: () => options.endpoint! } : {}),
      ...(options.fromFile ? { canRememberKey: false } : {}),
    },
    now: () => new Date("2025-03-01T10:15:00Z"),
  });
  const result = render(
    <ReviewProvider session={session}>
      <ReviewApp />
    </ReviewProvider>,
  );
  return { ...result, session };
}

const conversation = () => screen.getByRole("list", { name: "Conversation" });
const replies = () =>
  within(conversation())
    .getAllByRole("listitem")
    .filter(
      (li) => li.classList.contains("pv-turn-assistant") && !li.classList.contains("rv-greeting"),
    );

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the review page", () => {
  it("shows the assistant, its greeting, its scenarios and the offline rehearsal, and nothing of the editor", () => {
    const { container } = renderReview();
    expect(screen.getByRole("heading", { level: 1, name: "Camille" })).toBeInTheDocument();
    expect(within(conversation()).getByRole("listitem", { name: "Camille" })).toHaveTextContent(
      "Que puis-je pour vous ?",
    );
    const scenarios = screen.getByRole("region", { name: "Scénarios à essayer" });
    // Eight built-ins in the persona's language, then the designer's own.
    expect(within(scenarios).getAllByRole("button")).toHaveLength(9);
    expect(within(scenarios).getByRole("button", { name: "Premier contact" })).toBeInTheDocument();
    expect(within(scenarios).getByRole("button", { name: "Colis perdu" })).toBeInTheDocument();
    expect(
      screen.getByText("la répétition hors ligne", { selector: "strong" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/pas par un modèle de langage/)).toBeInTheDocument();
    expect(screen.queryByRole("slider")).toBeNull();
    expect(screen.queryByRole("region", { name: /prompt/i })).toBeNull();
    expect(container.textContent).not.toMatch(/Prompt système|Chaleur/);
  });

  it("chats, and a verdict on a reply goes into the downloaded feedback with the persona", async () => {
    const user = userEvent.setup();
    const { blobs, links } = captureDownloads();
    renderReview();
    const download = screen.getByRole("button", { name: "Télécharger les retours" });
    expect(download).toBeDisabled();

    await user.type(
      screen.getByRole("textbox", { name: "Message" }),
      "Bonjour, j'ai perdu ma carte.{Enter}",
    );
    const rating = await screen.findByRole("group", { name: "Évaluer cette réponse" });
    const reply = replies()[0]!.querySelector(".pv-text")!.textContent!;
    expect(reply.length).toBeGreaterThan(10);

    const good = within(rating).getByRole("button", { name: "Réussie" });
    await user.click(good);
    expect(good).toHaveAttribute("aria-pressed", "true");
    await user.click(within(rating).getByRole("button", { name: "Commenter" }));
    const comment = within(rating).getByRole("textbox", {
      name: "Votre commentaire sur cette réponse (facultatif)",
    });
    expect(comment).toHaveFocus();
    await user.type(comment, "Ton juste.");
    expect(screen.getByText("1 réponse évaluée ou commentée.")).toBeInTheDocument();

    await user.click(download);
    expect(links.map((link) => link.download)).toEqual(["test-persona.feedback.2025-03-01.json"]);
    const restored = restoreFeedbackText(await blobs[0]!.text());
    expect(restored.ok).toBe(true);
    const feedback = restored.ok ? restored.feedback : undefined;
    expect(feedback?.persona).toEqual(persona);
    expect(feedback?.runsOn).toEqual({ kind: "rehearsal" });
    expect(feedback?.ratings).toEqual([
      { reply, user: "Bonjour, j'ai perdu ma carte.", rating: "up", comment: "Ton juste." },
    ]);
  });

  it("takes a verdict back when the same button is pressed again", async () => {
    const user = userEvent.setup();
    const { session } = renderReview();
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Bonjour{Enter}");
    const bad = within(
      await screen.findByRole("group", { name: "Évaluer cette réponse" }),
    ).getByRole("button", { name: "À revoir" });
    await user.click(bad);
    expect(session.feedback().ratings).toHaveLength(1);
    await user.click(bad);
    expect(bad).toHaveAttribute("aria-pressed", "false");
    expect(session.feedback().ratings).toEqual([]);
  });

  it("plays a scenario, and remembers which scenario a rated reply answered", async () => {
    const user = userEvent.setup();
    const { session } = renderReview();
    await user.click(screen.getByRole("button", { name: "Colis perdu" }));
    expect(screen.getByRole("button", { name: "Colis perdu" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await waitFor(() =>
      expect(screen.getAllByRole("group", { name: "Évaluer cette réponse" })).toHaveLength(2),
    );
    expect(within(conversation()).getAllByRole("listitem", { name: "Vous" })[0]).toHaveTextContent(
      "Mon colis n'est jamais arrivé.",
    );
    await user.click(
      within(screen.getAllByRole("group", { name: "Évaluer cette réponse" })[1]!).getByRole(
        "button",
        { name: "À revoir" },
      ),
    );
    expect(session.feedback().ratings).toEqual([
      expect.objectContaining({ user: "Merci", scenarioId: "colis-perdu", rating: "down" }),
    ]);

    // Starting over empties the conversation, not the verdicts already given.
    await user.click(screen.getByRole("button", { name: "Recommencer" }));
    expect(replies()).toHaveLength(0);
    expect(session.feedback().ratings).toHaveLength(1);
  });

  it("follows the persona's language and switches on request", async () => {
    const user = userEvent.setup();
    renderReview();
    expect(document.documentElement.lang).toBe("fr");
    const toEnglish = screen.getByRole("button", { name: "Read this page in English" });
    expect(toEnglish).toHaveAttribute("lang", "en");
    await user.click(toEnglish);
    expect(screen.getByRole("region", { name: "Scenarios to try" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download feedback" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Camille — review");
    // The scenarios stay in the persona's language: they are what its users would say.
    expect(screen.getByRole("button", { name: "Premier contact" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Lire la page en français" }));
    expect(screen.getByRole("region", { name: "Scénarios à essayer" })).toBeInTheDocument();
  });

  it("connects the client's own endpoint, says so, and keeps the key out of the feedback", async () => {
    const user = userEvent.setup();
    const endpoint = fakeProvider();
    const { session } = renderReview({ ui: "en", endpoint });
    const connect = screen.getByRole("button", { name: "Connect your own model" });
    await user.click(connect);
    const dialog = screen.getByRole("dialog", { name: "Settings" });
    await user.click(within(dialog).getByRole("radio", { name: "OpenAI-compatible endpoint" }));
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Endpoint" }), "Custom");
    for (const [name, value] of [
      ["Base URL", "http://127.0.0.1:9/v1"],
      ["Model", "client-model"],
    ] as const) {
      const field = within(dialog).getByRole("textbox", { name });
      await user.clear(field);
      await user.type(field, value);
    }
    await user.type(within(dialog).getByLabelText("API key"), "sk-client-secret-123");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(connect).toHaveFocus();
    expect(screen.getByText("client-model at 127.0.0.1:9")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hello{Enter}");
    await waitFor(() => expect(replies()[0]).toHaveTextContent("reply 1"));
    expect(endpoint.requests[0]?.systemPrompt).toContain("Camille");
    await user.click(await screen.findByRole("button", { name: "Good" }));
    const feedback = session.feedback();
    expect(feedback.runsOn).toEqual({
      kind: "endpoint",
      model: "client-model",
      host: "127.0.0.1:9",
    });
    expect(JSON.stringify(feedback)).not.toContain("sk-client-secret-123");
  });

  it.each([
    [
      "en",
      "Connect your own model",
      "OpenAI-compatible endpoint",
      "Save",
      /^Kept in this tab's memory only\. “Remember on this device” is not offered here: this page was opened from a file/,
    ],
    [
      "fr",
      "Connecter votre propre modèle",
      "Point d’accès compatible OpenAI",
      "Enregistrer",
      /^Gardée dans la mémoire de cet onglet seulement\. «\u00a0Mémoriser sur cet appareil\u00a0» n’est pas proposé ici\u00a0: cette page a été ouverte depuis un fichier/,
    ],
  ] as const)(
    "opened from a file (%s), offers no way to remember the key, says why, and keeps it for the tab",
    async (ui, connect, choice, save, why) => {
      const user = userEvent.setup();
      const endpoint = fakeProvider();
      const { session } = renderReview({ ui, endpoint, fromFile: true });
      localStorage.setItem("psydesign.endpoint.apiKey", "sk-left-by-an-older-page");
      await user.click(screen.getByRole("button", { name: connect }));
      const dialog = screen.getByRole("dialog");
      await user.click(within(dialog).getByRole("radio", { name: choice }));
      expect(within(dialog).queryByRole("checkbox")).toBeNull();
      const key = within(dialog).getByLabelText(/^(API key|Clé d’API)$/);
      expect(key).toHaveAccessibleDescription(why);
      await user.type(key, "sk-client-secret-123");
      await user.click(within(dialog).getByRole("button", { name: save }));
      expect(session.preview.endpoint.getState()).toMatchObject({
        apiKey: "sk-client-secret-123",
        rememberKey: false,
      });
      expect(JSON.stringify({ ...localStorage })).not.toContain("sk-");
    },
  );

  it("closes the settings with Escape, without saving", async () => {
    const user = userEvent.setup();
    renderReview({ ui: "en" });
    await user.click(screen.getByRole("button", { name: "Connect your own model" }));
    await user.click(
      within(screen.getByRole("dialog")).getByRole("radio", { name: "OpenAI-compatible endpoint" }),
    );
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByText("the offline rehearsal", { selector: "strong" })).toBeInTheDocument();
  });

  it("keeps a verdict with the text it was given on", () => {
    const { session } = renderReview();
    act(() => {
      session.ratings.getState().rate("turn-1", { reply: "first text", user: "u" }, "down");
      session.ratings.getState().rate("turn-1", { reply: "second text", user: "u" }, "up");
    });
    expect(session.feedback().ratings.map((r) => [r.reply, r.rating])).toEqual([
      ["second text", "up"],
      ["first text", "down"],
    ]);
  });
});
