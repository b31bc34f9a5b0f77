import { describe, expect, it, onTestFinished, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setVoice } from "../../core/persona/edits";
import { CATALOG } from "../../core/persona/catalog";
import { fakeProvider } from "../../../tests/helpers/chat-test-kit";
import { renderPreview } from "../../../tests/helpers/render-preview";

const conversation = () => screen.getByRole("list", { name: "Conversation" });
const userTexts = () =>
  within(conversation())
    .queryAllByRole("listitem")
    .filter((li) => li.classList.contains("pv-turn-user"))
    .map((li) => li.querySelector(".pv-text")!.textContent);
// Generous waits: the whole suite runs these beside browser tests on two shared cores.
const WAIT = { timeout: 10_000 };
const settled = () =>
  waitFor(() => {
    const items = within(conversation()).queryAllByRole("listitem");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((li) => li.classList.contains("pv-turn-done"))).toBe(true);
  }, WAIT);

/** Live replay on, then the register moved to its far end: the replies change. */
async function replayAndMoveRegister(lang: "en" | "fr") {
  const user = userEvent.setup();
  const result = renderPreview({ lang });
  await user.click(
    screen.getByRole("switch", { name: lang === "en" ? "Live replay" : "Rejeu en direct" }),
  );
  await settled();
  const old = result.studio.openPersona()!.voice.register;
  const next = old > 50 ? 2 : 98;
  const oldTexts = [...conversation().querySelectorAll(".pv-turn-assistant .pv-text")].map(
    (p) => p.textContent!,
  );
  act(() => void result.studio.edit(setVoice("register", next)));
  await settled();
  return { ...result, user, old, next, oldTexts };
}

describe("Show before", { timeout: 30_000 }, () => {
  it("shows the reply before the change as a word diff, and the change that caused it", async () => {
    const { user, old, next, oldTexts } = await replayAndMoveRegister("en");
    const shows = await screen.findAllByRole("button", { name: "Show before" }, WAIT);
    const reply = shows[0]!.closest("li")!;
    const index = [...conversation().querySelectorAll(".pv-turn-assistant")].indexOf(reply);
    expect(shows[0]).toHaveAttribute("aria-expanded", "false");
    await user.click(shows[0]!);
    expect(shows[0]).toHaveAttribute("aria-expanded", "true");
    expect(shows[0]).toHaveTextContent("Hide before");
    const before = await within(reply).findByRole(
      "region",
      { name: "The reply before the change" },
      WAIT,
    );
    await within(before).findByText(`Changed since: Register ${old} → ${next}`, {}, WAIT);
    const diff = before.querySelector(".pv-diff")!;
    const inserted = diff.querySelectorAll("ins");
    const deleted = diff.querySelectorAll("del");
    expect(inserted.length + deleted.length).toBeGreaterThan(0);
    // Named for screen readers, not only struck through or underlined.
    for (const mark of inserted) expect(mark.textContent).toMatch(/^\[added: /);
    for (const mark of deleted) expect(mark.textContent).toMatch(/^\[removed: /);
    // The same and deleted words spell the reply before; the same and inserted ones, today's.
    const side = (skip: string) =>
      [...diff.children]
        .filter((el) => el.tagName !== skip)
        .map((el) =>
          [...el.childNodes]
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join(""),
        )
        .join("");
    expect(side("INS")).toBe(oldTexts[index]);
    expect(side("DEL")).toBe(reply.querySelector(".pv-text")!.textContent);
    await user.click(shows[0]!);
    expect(within(reply).queryByRole("region")).toBeNull();
  });

  it("speaks French: «Voir la réponse d’avant» and the change in French", async () => {
    const { user, old, next } = await replayAndMoveRegister("fr");
    const shows = await screen.findAllByRole("button", { name: "Voir la réponse d’avant" }, WAIT);
    await user.click(shows[0]!);
    const reply = shows[0]!.closest("li")!;
    const before = await within(reply).findByRole(
      "region",
      { name: "La réponse avant le changement" },
      WAIT,
    );
    const label = CATALOG.register.label.fr;
    await waitFor(
      () =>
        expect(before.querySelector(".pv-before-cause")!.textContent).toBe(
          `Depuis\u00a0: ${label} ${old} → ${next}`,
        ),
      WAIT,
    );
    expect(before.querySelectorAll("ins, del").length).toBeGreaterThan(0);
    expect(before.textContent).toMatch(/\[(ajouté|supprimé)\u00a0?: /);
  });

  it("offers nothing before the first change", async () => {
    const user = userEvent.setup();
    renderPreview();
    await user.click(screen.getByRole("switch", { name: "Live replay" }));
    await settled();
    expect(screen.queryByRole("button", { name: "Show before" })).toBeNull();
  });
});

describe("Live replay of a hand-typed conversation", { timeout: 30_000 }, () => {
  it("replays the typed messages with the new settings, never the scenario", async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    const { studio } = renderPreview({ endpoint: provider });
    const box = screen.getByRole("textbox", { name: "Message" });
    for (const message of ["My parcel is lost", "I want a refund"]) {
      await user.type(box, `${message}{Enter}`);
      await settled();
    }
    await user.click(screen.getByRole("switch", { name: "Live replay" }));
    act(() => void studio.edit(setVoice("warmth", 97)));
    // The endpoint waits for the designer to stop editing (50 ms in tests), then replays.
    await waitFor(() => expect(provider.requests.length).toBeGreaterThanOrEqual(4), WAIT);
    await settled();
    expect(userTexts()).toEqual(["My parcel is lost", "I want a refund"]);
    const last = provider.requests.at(-1)!;
    expect(last.persona).toBe(studio.openPersona());
    expect(last.messages.map((m) => m.content)).toContain("My parcel is lost");
  });
});

describe("a long conversation", { timeout: 60_000 }, () => {
  it("draws only the turns near the view, each saying its place in the whole list", async () => {
    const { preview } = renderPreview();
    // jsdom lays nothing out: give the list and its turns the heights a browser would.
    const sizes = (["clientHeight", "clientWidth", "offsetHeight"] as const).map((size) =>
      vi.spyOn(HTMLElement.prototype, size, "get").mockImplementation(function (this: HTMLElement) {
        return this.tagName === "LI" ? 100 : 600;
      }),
    );
    onTestFinished(() => sizes.forEach((spy) => spy.mockRestore()));
    for (let i = 0; i < 40; i++) {
      act(() => preview.chat.getState().send(`Message ${i}`));
      await waitFor(() => expect(preview.chat.getState().status).toBe("done"), WAIT);
    }
    const list = conversation();
    expect(list).toHaveAttribute("data-turns", "80");
    // Every turn is drawn while the virtualizer's code loads, then only those near the view.
    await waitFor(() => expect(within(list).getAllByRole("listitem").length).toBeLessThan(80));
    const drawn = within(list).getAllByRole("listitem");
    expect(drawn[0]).toHaveAttribute("aria-setsize", "80");
  });
});
