import { describe, expect, it, vi } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PromptPanel } from "./PromptPanel";
import { HIGHLIGHT_MS } from "./use-changed-lines";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { compile } from "../../core/compiler/compile";
import { setVoice } from "../../core/persona/edits";

describe("PromptPanel", () => {
  it("shows the open persona's compiled prompt and its token estimate", () => {
    const { studio } = renderStudio(<PromptPanel />);
    const compiled = compile(studio.openPersona()!);
    expect(screen.getByRole("region", { name: "System prompt" }).textContent).toBe(compiled.systemPrompt);
    expect(screen.getByText(`≈ ${compiled.tokenEstimate} tokens (estimate)`)).toBeInTheDocument();
  });

  it("recompiles on every edit and marks the lines that changed", () => {
    const { studio, container } = renderStudio(<PromptPanel />);
    const before = compile(studio.openPersona()!).systemPrompt.split("\n");
    act(() => studio.edit(setVoice("emoji", studio.openPersona()!.voice.emoji < 50 ? 95 : 5)));
    const after = compile(studio.openPersona()!).systemPrompt;
    expect(screen.getByRole("region", { name: "System prompt" }).textContent).toBe(after);
    const marked = [...container.querySelectorAll(".pr-line-changed")].map((el) => el.textContent!.replace(/\n$/, ""));
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
    act(() => void studio.duplicatePreset(studio.presets.find((p) => p.language === "fr")!, "Autre"));
    expect(container.querySelectorAll(".pr-line").length).toBeGreaterThan(10);
    expect(container.querySelectorAll(".pr-line-changed")).toHaveLength(0);
  });

  it("highlights nothing on first paint", () => {
    const { container } = renderStudio(<PromptPanel />);
    expect(container.querySelectorAll(".pr-line").length).toBeGreaterThan(10);
    expect(container.querySelectorAll(".pr-line-changed")).toHaveLength(0);
  });

  it("lists the compiler's warnings", () => {
    const { studio } = renderStudio(<PromptPanel />);
    act(() => {
      studio.edit(setVoice("register", 95));
      studio.edit(setVoice("emoji", 95));
    });
    const warnings = compile(studio.openPersona()!).warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const list = screen.getByRole("list");
    for (const w of warnings) expect(within(list).getByText(w.code)).toBeInTheDocument();
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
