import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parse } from "yaml";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { decodeReviewFragment } from "../../core/review/share-link";
import { readCardText } from "../../core/cards";
import { compile } from "../../core/compiler/compile";
import { ExportMenu } from "./export-menu";
import { SUCCESS_TOAST_MS } from "../common/use-auto-dismiss";

let blobs: Blob[];
let links: HTMLAnchorElement[];
beforeEach(() => {
  ({ blobs, links } = captureDownloads());
});
afterEach(() => vi.restoreAllMocks());

// Looked up each time: the menu's code arrives on focus, and its button takes the place (and
// the focus) of the plain one shown until then.
const button = () => screen.getByRole("button", { name: /Export as/ });

async function chooseItem(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: /Export as/ }));
  await user.click(await screen.findByRole("menuitem", { name }));
  return user;
}

describe("ExportMenu", () => {
  it("opens with the keyboard, moves with the arrows and closes on Escape, focus back on the button", async () => {
    const user = userEvent.setup();
    renderStudio(<ExportMenu />);
    button().focus();
    await user.keyboard("{ArrowDown}");
    const items = await screen.findAllByRole("menuitem");
    expect(items.length).toBe(10);
    await waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard("{ArrowUp}");
    expect(items.at(-1)).toHaveFocus();
    await user.keyboard("{Home}{ArrowDown}");
    expect(items[1]).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(button()).toHaveFocus();
    expect(button()).toHaveAttribute("aria-expanded", "false");
  });

  it("saves a V3 card that carries the whole persona and reads back exactly", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    const persona = studio.openPersona()!;
    await chooseItem("Character Card V3 (JSON)");
    await screen.findByText(`Saved ${persona.id}.card-v3.json.`);
    expect(links[0]!.download).toBe(`${persona.id}.card-v3.json`);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text)).toMatchObject({
      spec: "chara_card_v3",
      data: { name: persona.identity.assistantName },
    });
    const back = readCardText(text);
    expect(back.ok && back.card.persona).toEqual(persona);
  });

  it("lets the saved toast go by itself after a while, not while the pointer rests on it", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    const persona = studio.openPersona()!;
    const user = await chooseItem("Character Card V2 (JSON)");
    const saved = await screen.findByText(`Saved ${persona.id}.card-v2.json.`);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    await user.hover(saved);
    act(() => vi.advanceTimersByTime(SUCCESS_TOAST_MS + 1000));
    expect(saved).toBeInTheDocument();
    await user.unhover(saved);
    act(() => vi.advanceTimersByTime(SUCCESS_TOAST_MS - 1000));
    expect(saved).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1500));
    expect(screen.queryByText(`Saved ${persona.id}.card-v2.json.`)).not.toBeInTheDocument();
  });

  it("saves a PNG card as bytes with the PNG signature", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    await chooseItem("Character Card V3 in a PNG image");
    await screen.findByText(`Saved ${studio.openPersona()!.id}.card.png.`);
    expect(blobs[0]!.type).toBe("image/png");
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("saves the prompt as Markdown and a promptfoo configuration that parses", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    await chooseItem("System prompt (Markdown)");
    await screen.findByText(/prompt\.md\.$/);
    expect(await blobs[0]!.text()).toContain(studio.openPersona()!.identity.assistantName);
    await chooseItem("promptfoo test configuration (YAML)");
    await screen.findByText(/promptfooconfig\.yaml\.$/);
    const config = parse(await blobs[1]!.text()) as { tests: unknown[]; providers: unknown[] };
    expect(config.tests.length).toBeGreaterThan(0);
    expect(config.providers.length).toBe(1);
  });

  it("shows code snippets that read the key from the environment, in tabs", async () => {
    localStorage.setItem("psydesign.endpoint.apiKey", "sk-secret-never-shown");
    renderStudio(<ExportMenu />);
    const user = await chooseItem("API code: curl, JavaScript, Python…");
    const dialog = await screen.findByRole("dialog", { name: "Call the persona from code" });
    const tabs = within(dialog).getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      "Request body",
      "curl",
      "JavaScript",
      "Python",
    ]);
    expect(within(dialog).getByRole("tabpanel").textContent).toContain("$OPENAI_API_KEY");
    tabs[1]!.focus();
    await user.keyboard("{ArrowRight}");
    expect(within(dialog).getByRole("tab", { name: "JavaScript" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(within(dialog).getByRole("tabpanel").textContent).toContain(
      "process.env.OPENAI_API_KEY",
    );
    expect(dialog.textContent).not.toContain("sk-secret-never-shown");
  });

  it("gives focus back to the Export button when a dialog it opened closes", async () => {
    renderStudio(<ExportMenu />);
    const user = await chooseItem("Share for review…");
    const dialog = await screen.findByRole("dialog", { name: "Share for review" });
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await waitFor(() => expect(button()).toHaveFocus());
  });

  it("shares a review link whose fragment decodes to the open persona, with its length", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    await chooseItem("Share for review…");
    const dialog = await screen.findByRole("dialog", { name: "Share for review" });
    const link = (within(dialog).getByLabelText("Review link") as HTMLInputElement).value;
    expect(link).toMatch(/\/review\.html#/);
    const decoded = decodeReviewFragment(new URL(link).hash.slice(1));
    expect(decoded.ok && decoded.persona).toEqual(studio.openPersona());
    expect(
      within(dialog).getByText(new RegExp(`${link.length.toLocaleString("en")} characters`)),
    ).toBeInTheDocument();
  });

  it("says so when the review page cannot be fetched, and saves nothing", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("missing", { status: 404 }));
    renderStudio(<ExportMenu />);
    await chooseItem("Review page (one HTML file)");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("The export failed"));
    expect(links).toHaveLength(0);
  });

  it("writes the compiled prompt as a studio persona's system prompt, or none once the designer unticks it by keyboard", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    const persona = studio.openPersona()!;
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /Export as/ }));
    const choice = await screen.findByRole("menuitemcheckbox", {
      name: "Use the compiled prompt as the card’s system prompt",
    });
    expect(choice).toHaveAttribute("aria-checked", "true");
    await user.click(screen.getByRole("menuitem", { name: "Character Card V3 (JSON)" }));
    await screen.findByText(`Saved ${persona.id}.card-v3.json.`);
    expect(JSON.parse(await blobs[0]!.text()).data.system_prompt).toBe(
      compile(persona).systemPrompt,
    );

    await user.click(screen.getByRole("button", { name: /Export as/ }));
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("menuitemcheckbox")).toHaveFocus();
    await user.keyboard(" ");
    // A setting, not a command: the menu stays open on it.
    expect(screen.getByRole("menuitemcheckbox")).toHaveAttribute("aria-checked", "false");
    expect(screen.getByRole("menuitemcheckbox")).toHaveFocus();
    await user.keyboard("{ArrowUp}{Enter}");
    await screen.findByText(`Saved ${persona.id}.card.png.`);
    await user.click(screen.getByRole("button", { name: /Export as/ }));
    await user.click(screen.getByRole("menuitem", { name: "Character Card V2 (JSON)" }));
    await waitFor(() => expect(blobs).toHaveLength(3));
    expect(JSON.parse(await blobs[2]!.text()).data.system_prompt).toBe("");
  });

  it("keeps an imported card's own system prompt unless the designer ticks the choice", async () => {
    const { studio } = renderStudio(<ExportMenu />);
    const card = JSON.stringify({
      spec: "chara_card_v2",
      spec_version: "2.0",
      data: { name: "Bob", system_prompt: "You are {{char}}. {{original}}", personality: "Wise." },
    });
    const read = readCardText(card);
    if (!read.ok) throw new Error(read.problem.message);
    studio.addPersona(read.card.persona);
    const persona = studio.openPersona()!;
    expect(persona.name).toBe("Bob");
    const user = await chooseItem("Character Card V2 (JSON)");
    await screen.findByText(`Saved ${persona.id}.card-v2.json.`);
    expect(JSON.parse(await blobs[0]!.text()).data).toMatchObject({
      system_prompt: "You are {{char}}. {{original}}",
      personality: "Wise.",
    });
    await user.click(screen.getByRole("button", { name: /Export as/ }));
    const choice = await screen.findByRole("menuitemcheckbox");
    expect(choice).toHaveAttribute("aria-checked", "false");
    await user.click(choice);
    await user.click(screen.getByRole("menuitem", { name: "Character Card V2 (JSON)" }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(JSON.parse(await blobs[1]!.text()).data).toMatchObject({
      system_prompt: compile(persona).systemPrompt,
      personality: "Wise.",
    });
  });

  it("speaks French", async () => {
    renderStudio(<ExportMenu />, { lang: "fr" });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /Exporter en/ }));
    expect(
      await screen.findByRole("menuitem", { name: "Partager pour relecture…" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("menuitemcheckbox", {
        name: "Utiliser le prompt compilé comme prompt système de la carte",
      }),
    ).toBeInTheDocument();
  });
});
