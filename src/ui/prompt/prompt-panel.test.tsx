import { describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PromptPanel } from "./prompt-panel";
import { HIGHLIGHT_MS } from "./use-changed-lines";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { withInformalExample } from "../../../tests/helpers/make-persona";
import { compile } from "../../core/compiler/compile";
import { setVoice } from "../../core/persona/edits";

describe("PromptPanel", () => {
  it("shows the open persona's compiled prompt and its token estimate", () => {
    const { studio } = renderStudio(<PromptPanel />);
    const compiled = compile(studio.openPersona()!);
    expect(screen.getByRole("region", { name: "Prompt text" }).textContent).toBe(
      compiled.systemPrompt,
    );
    expect(screen.getByText(`≈ ${compiled.tokenEstimate} tokens (estimate)`)).toBeInTheDocument();
  });

  it("recompiles on every edit and marks the lines that changed", () => {
    const { studio, container } = renderStudio(<PromptPanel />);
    const before = compile(studio.openPersona()!).systemPrompt.split("\n");
    act(() => studio.edit(setVoice("emoji", studio.openPersona()!.voice.emoji < 50 ? 95 : 5)));
    const after = compile(studio.openPersona()!).systemPrompt;
    expect(screen.getByRole("region", { name: "Prompt text" }).textContent).toBe(after);
    const marked = [...container.querySelectorAll(".pr-line-changed")].map((el) =>
      el.textContent!.replace(/\n$/, ""),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const line of marked) expect(before).not.toContain(line);
    expect(screen.getByText(/lines? changed/)).toBeInTheDocument();
  });

  it("lets the highlight go a moment after the last change", () => {
    vi.useFakeTimers();
    try {
      const { studio, container } = renderStudio(<PromptPanel />);
      act(() => studio.edit(setVoice("emoji", studio.openPersona()!.voice.emoji < 50 ? 95 : 5)));
      expect(container.querySelectorAll(".pr-line-changed").length).toBeGreaterThan(0);
      act(() => vi.advanceTimersByTime(HIGHLIGHT_MS - 100));
      expect(container.querySelectorAll(".pr-line-changed").length).toBeGreaterThan(0);
      act(() => vi.advanceTimersByTime(200));
      expect(container.querySelectorAll(".pr-line-changed")).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("highlights nothing when another persona is opened", () => {
    const { studio, container } = renderStudio(<PromptPanel />);
    act(
      () =>
        void studio.duplicatePreset(
          studio.presets.getState().list!.find((p) => p.language === "fr")!,
          "Autre",
        ),
    );
    expect(container.querySelectorAll(".pr-line").length).toBeGreaterThan(10);
    expect(container.querySelectorAll(".pr-line-changed")).toHaveLength(0);
  });

  it("highlights nothing on first paint", () => {
    const { container } = renderStudio(<PromptPanel />);
    expect(container.querySelectorAll(".pr-line").length).toBeGreaterThan(10);
    expect(container.querySelectorAll(".pr-line-changed")).toHaveLength(0);
  });

  it("lists the compiler's warnings", async () => {
    const { studio } = renderStudio(<PromptPanel />);
    act(() => {
      studio.edit(setVoice("register", 95));
      studio.edit(setVoice("emoji", 95));
    });
    const warnings = compile(studio.openPersona()!).warnings;
    expect(warnings.length).toBeGreaterThan(0);
    // The list is a chunk of its own, loaded just after the first paint.
    const list = await screen.findByRole("list");
    for (const w of warnings) expect(within(list).getByText(w.code)).toBeInTheDocument();
  });

  it("adds the style meter's warnings on example replies once it has loaded, and keeps them while the persona changes", async () => {
    const { studio } = renderStudio(<PromptPanel />);
    act(() => studio.edit(withInformalExample));
    // compile() cannot judge English address; the meter, loaded lazily, can.
    expect(compile(studio.openPersona()!).warnings.map((w) => w.code)).not.toContain(
      "example-drifts-from-address",
    );
    expect(screen.queryByText("example-drifts-from-address")).toBeNull();
    const code = await screen.findByText("example-drifts-from-address", {}, { timeout: 10_000 });
    expect(code.closest("li")).toHaveTextContent(
      'The reply in example 1 addresses the user informally ("Hey", "Sam") although the chosen address is formal.',
    );
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(screen.getByRole("heading", { name: `${items.length} warnings` })).toBeInTheDocument();

    // A slider step makes a new persona the meter has not read yet: the last reading stays meanwhile.
    act(() => studio.edit(setVoice("humor", studio.openPersona()!.voice.humor < 50 ? 70 : 10)));
    expect(screen.getByText("example-drifts-from-address")).toBeInTheDocument();

    // Fixing the example clears it once the meter has read the new reply.
    act(() =>
      studio.edit((p) => ({
        ...p,
        examples: [
          { user: "Can I come by?", assistant: "Certainly, Mr Martin. Please bring your card." },
        ],
      })),
    );
    await waitFor(() => expect(screen.queryByText("example-drifts-from-address")).toBeNull(), {
      timeout: 10_000,
    });
  });

  it("does not show one persona's meter warnings on another", async () => {
    const { studio } = renderStudio(<PromptPanel />);
    act(() =>
      studio.edit((p) => ({
        ...p,
        language: "en",
        address: "formal",
        examples: [{ user: "Hi", assistant: "Hey Sam, sure thing. See you tomorrow." }],
      })),
    );
    await screen.findByText("example-drifts-from-address", {}, { timeout: 10_000 });
    act(
      () =>
        void studio.duplicatePreset(
          studio.presets.getState().list!.find((p) => p.language === "en")!,
          "Other",
        ),
    );
    expect(screen.queryByText("example-drifts-from-address")).toBeNull();
  });

  it("copies the prompt and says so", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { studio } = renderStudio(<PromptPanel />);
    await user.click(screen.getByRole("button", { name: "Copy prompt" }));
    expect(writeText).toHaveBeenCalledWith(compile(studio.openPersona()!).systemPrompt);
    expect(screen.getByRole("status")).toHaveTextContent("Prompt copied to the clipboard.");
  });

  it("speaks French in a French UI", () => {
    renderStudio(<PromptPanel />, { lang: "fr" });
    expect(screen.getByRole("region", { name: "Prompt système" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copier le prompt" })).toBeInTheDocument();
  });
});
