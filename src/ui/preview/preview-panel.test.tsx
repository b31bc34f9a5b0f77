import { describe, expect, it } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setVoice } from "../../core/persona/edits";
import { ProviderError, type ChatEvent, type ChatProvider } from "../../providers/types";
import { fakeProvider } from "../../../tests/helpers/chat-test-kit";
import { renderPreview } from "../../../tests/helpers/render-preview";

const conversation = () => screen.getByRole("list", { name: "Conversation" });
const replies = () =>
  within(conversation())
    .queryAllByRole("listitem")
    .filter((li) => !li.classList.contains("pv-turn-user"));

describe("PreviewPanel: talking to the persona", () => {
  it("says it runs on the offline rehearsal, which is not a language model", () => {
    renderPreview();
    expect(
      screen.getByText(
        /^Offline rehearsal — voice only, not a language model: it follows your sliders, lexicon and guardrails, and understands simple requests\./,
      ),
    ).toBeInTheDocument();
    const docs = screen.getByRole("link", { name: "What it does and does not do" });
    expect(docs).toHaveAttribute("href", "docs/rehearsal.txt");
    expect(docs).toHaveAttribute("target", "_blank");
    expect(within(conversation()).queryAllByRole("listitem")).toHaveLength(0);
  });

  it("sends with Enter, and Shift+Enter starts a new line instead", async () => {
    const user = userEvent.setup();
    renderPreview();
    const box = screen.getByRole("textbox", { name: "Message" });
    await user.type(box, "Bonjour{Shift>}{Enter}{/Shift}encore");
    expect(box).toHaveValue("Bonjour\nencore");
    expect(within(conversation()).queryAllByRole("listitem")).toHaveLength(0);
    await user.type(box, "{Enter}");
    expect(box).toHaveValue("");
    const items = within(conversation()).getAllByRole("listitem");
    expect(items[0]).toHaveAccessibleName("You");
    expect(items[0]).toHaveTextContent("Bonjour encore");
    await waitFor(() => expect(within(replies()[0]!).getByText("Done")).toBeInTheDocument());
    expect(replies()[0]!.querySelector(".pv-text")!.textContent!.length).toBeGreaterThan(5);
  });

  it("shows a reply as plain text with its line breaks, never as HTML", async () => {
    const user = userEvent.setup();
    const html: ChatProvider = {
      id: "html",
      async *stream(): AsyncGenerator<ChatEvent> {
        yield { type: "delta", text: "<b>bold</b><img src=x onerror=alert(1)>\nsecond line" };
        yield { type: "done", finishReason: "stop" };
      },
    };
    const { container } = renderPreview({ endpoint: html });
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi");
    await user.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() => expect(replies()[0]).toHaveTextContent("second line"));
    expect(container.querySelector(".pv-turn b, .pv-turn img")).toBeNull();
    expect(replies()[0]!.querySelector(".pv-text")!.textContent).toBe(
      "<b>bold</b><img src=x onerror=alert(1)>\nsecond line",
    );
  });

  it("stops a streaming reply and keeps what was written", async () => {
    const user = userEvent.setup();
    const slow = fakeProvider({ words: 400, delayMs: 2 });
    renderPreview({ endpoint: slow });
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi{Enter}");
    await waitFor(() => expect(replies()[0]).toHaveTextContent(/reply 1 w0/));
    await user.click(screen.getByRole("button", { name: "Stop" }));
    expect(within(replies()[0]!).getByText("Stopped")).toBeInTheDocument();
    expect(replies()[0]).toHaveTextContent(/reply 1 w0/);
    expect(screen.queryByRole("button", { name: "Stop" })).toBeNull();
    expect(slow.requests[0]!.signal.aborted).toBe(true);
  });

  it("regenerates the last reply and clears the conversation", async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    renderPreview({ endpoint: provider });
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi{Enter}");
    await waitFor(() => expect(replies()[0]).toHaveTextContent("reply 1"));
    await user.click(screen.getByRole("button", { name: "Regenerate" }));
    await waitFor(() => expect(replies()[0]).toHaveTextContent("reply 2"));
    expect(replies()).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(within(conversation()).queryAllByRole("listitem")).toHaveLength(0);
  });

  it("says when Regenerate has no other wording for an offline reply", async () => {
    const user = userEvent.setup();
    const { studio } = renderPreview();
    // The persona's own greeting alone, at the shortest length, nothing to disclose: one wording.
    act(() =>
      studio.edit((p) => ({
        ...p,
        greeting: p.language === "fr" ? "Bonjour, je suis Camille." : "Hello, I am Camille.",
        voice: { ...p.voice, verbosity: 0, humor: 0 },
        guardrails: { ...p.guardrails, discloseAI: false },
      })),
    );
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hello{Enter}");
    await waitFor(() => expect(within(replies()[0]!).getByText("Done")).toBeInTheDocument());
    const first = replies()[0]!.querySelector(".pv-text")!.textContent;
    await user.click(screen.getByRole("button", { name: "Regenerate" }));
    await waitFor(() =>
      expect(
        within(replies()[0]!).getByText("No other wording for this reply."),
      ).toBeInTheDocument(),
    );
    expect(replies()[0]!.querySelector(".pv-text")!.textContent).toBe(first);
  });

  it("shows a fault in place, in plain words, with a Retry that asks again", async () => {
    const user = userEvent.setup();
    const failing = fakeProvider({
      words: 4,
      fail: new ProviderError("server", "upstream 503", { status: 503 }),
      failAfter: 2,
    });
    renderPreview({ endpoint: failing });
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi{Enter}");
    const reply = await waitFor(() => {
      const item = replies()[0]!;
      expect(within(item).getByText("Server error")).toBeInTheDocument();
      return item;
    });
    expect(within(reply).getByText("Failed")).toBeInTheDocument();
    expect(reply).toHaveTextContent("reply 1 w0");
    expect(within(reply).getByText("Interrupted: the text above is partial.")).toBeInTheDocument();
    await user.click(within(reply).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(failing.requests).toHaveLength(2));
  });

  it("offers Reload, not Retry, when the reply's code could not be fetched", async () => {
    const user = userEvent.setup();
    renderPreview({
      endpoint: fakeProvider({ fail: new ProviderError("unloaded", "chunk"), failAfter: 0 }),
    });
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi{Enter}");
    const reply = await waitFor(() => {
      const item = replies()[0]!;
      expect(within(item).getByText("Part of the studio could not be loaded")).toBeInTheDocument();
      return item;
    });
    expect(reply).toHaveTextContent(/Reload the page once you are online/);
    expect(within(reply).getByRole("button", { name: "Reload" })).toBeInTheDocument();
    expect(within(reply).queryByRole("button", { name: "Retry" })).toBeNull();
  });

  it.each([
    ["too-long", "Reply too long", /passed 200,000 characters/],
    ["stalled", "Reply stalled", /stopped sending in the middle of the reply/],
  ] as const)(
    "a reply that ends as %s keeps its text and says why",
    async (kind, title, detail) => {
      const user = userEvent.setup();
      renderPreview({
        endpoint: fakeProvider({ words: 5, fail: new ProviderError(kind, kind), failAfter: 3 }),
      });
      await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi{Enter}");
      const reply = await waitFor(() => {
        const item = replies()[0]!;
        expect(within(item).getByText(title)).toBeInTheDocument();
        return item;
      });
      expect(reply).toHaveTextContent("reply 1 w0 w1");
      expect(reply).toHaveTextContent(detail);
      expect(
        within(reply).getByText("Interrupted: the text above is partial."),
      ).toBeInTheDocument();
    },
  );
});

describe("PreviewPanel: scenarios", () => {
  it("replays the selected scenario, one reply per user turn", async () => {
    const user = userEvent.setup();
    renderPreview();
    const select = screen.getByRole("combobox", { name: "Scenario" });
    const options = within(select).getAllByRole("option");
    expect(options.length).toBeGreaterThan(0);
    await user.selectOptions(select, options.at(-1)!);
    await user.click(screen.getByRole("button", { name: "Replay" }));
    await waitFor(() => expect(replies().length).toBeGreaterThan(0));
    await waitFor(() =>
      expect(
        replies().every((li) => within(li).queryByText(/^(Done|Done \(from cache, no request\))$/)),
      ).toBe(true),
    );
    const users = within(conversation()).getAllByRole("listitem", { name: "You" });
    expect(users).toHaveLength(replies().length);
  });

  it("replays live: the switch turns on, and each edit re-runs the scenario", async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    const { studio } = renderPreview({ endpoint: provider });
    const live = screen.getByRole("switch", { name: "Live replay" });
    expect(live).toHaveAttribute("aria-checked", "false");
    act(() => studio.edit(setVoice("humor", 90)));
    expect(provider.requests).toHaveLength(0);
    await user.click(live);
    expect(live).toHaveAttribute("aria-checked", "true");
    await waitFor(() => expect(replies().length).toBeGreaterThan(0));
    const turns = replies().length;
    await waitFor(() => expect(provider.requests).toHaveLength(turns));
    act(() => studio.edit(setVoice("humor", 5)));
    await waitFor(() => expect(provider.requests).toHaveLength(turns * 2));
    await user.click(live);
    expect(live).toHaveAttribute("aria-checked", "false");
  });

  it("saves the designer's own scenario into the persona, and deletes it", async () => {
    const user = userEvent.setup();
    const { studio } = renderPreview();
    await user.click(screen.getByText("Your scenarios"));
    await user.type(screen.getByRole("textbox", { name: "Scenario title" }), "Late parcel");
    await user.type(
      screen.getByRole("textbox", { name: "User turns (one per line)" }),
      "Where is it?{Enter}{Enter}Still nothing.",
    );
    await user.click(screen.getByRole("button", { name: "Save scenario" }));
    expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveDisplayValue("Late parcel");
    expect(studio.exportOpen()!.text).toContain("Still nothing.");
    await user.click(screen.getByRole("button", { name: "Delete scenario Late parcel" }));
    expect(studio.exportOpen()!.text).not.toContain("Still nothing.");
  });
});

describe("PreviewPanel in French", () => {
  it("speaks French", () => {
    renderPreview({ lang: "fr" });
    expect(screen.getByRole("textbox", { name: "Message" })).toBeInTheDocument();
    for (const name of ["Envoyer", "Rejouer", "Réglages"])
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Rejeu en direct" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Conversation" })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Répétition hors ligne — la voix seulement, pas un modèle de langage : elle suit vos curseurs/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Ce qu’elle fait et ne fait pas" }),
    ).toBeInTheDocument();
  });

  it("names Stop, Regenerate and Clear in French", async () => {
    const user = userEvent.setup();
    renderPreview({ lang: "fr", endpoint: fakeProvider({ words: 300, delayMs: 2 }) });
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Bonjour{Enter}");
    await user.click(await screen.findByRole("button", { name: "Arrêter" }));
    expect(screen.getByText("Arrêtée")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Régénérer" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Effacer" })).toBeInTheDocument();
  });
});
