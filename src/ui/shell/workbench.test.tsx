import { describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { App } from "../app";
import { ColumnTabs } from "./column-tabs";

describe("the workbench's columns", () => {
  it("opens on Voice and Conversation, with Identity, Prompt and Tests one tab away", async () => {
    renderStudio(<App />);
    const editor = screen.getByRole("tablist", { name: "Editor sections" });
    const output = screen.getByRole("tablist", { name: "Output" });
    expect(within(editor).getByRole("tab", { name: "Voice" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(
      within(output)
        .getAllByRole("tab")
        .map((tab) => tab.textContent),
    ).toEqual(["Conversation", "Prompt", "Tests"]);
    expect(screen.getByRole("slider", { name: "Warmth" })).toBeInTheDocument();
    expect(screen.getByRole("complementary", { name: "Preview" })).toBeInTheDocument();
    // Not loaded until asked for.
    expect(screen.queryByRole("region", { name: "Identity and rules" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Tests" })).not.toBeInTheDocument();

    await userEvent.click(within(output).getByRole("tab", { name: "Tests" }));
    expect(screen.getByRole("region", { name: "Tests" })).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Conversation" })).not.toBeInTheDocument();
  });

  it("moves between tabs with the arrow keys", async () => {
    renderStudio(<App />);
    const output = screen.getByRole("tablist", { name: "Output" });
    act(() => within(output).getByRole("tab", { name: "Conversation" }).focus());
    await userEvent.keyboard("{ArrowRight}");
    const prompt = within(output).getByRole("tab", { name: "Prompt" });
    expect(prompt).toHaveFocus();
    expect(prompt).toHaveAttribute("aria-selected", "true");
    expect(
      await screen.findByRole("button", { name: "Copy prompt" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await userEvent.keyboard("{ArrowLeft}");
    expect(within(output).getByRole("tab", { name: "Conversation" })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    const editor = screen.getByRole("tablist", { name: "Editor sections" });
    act(() => within(editor).getByRole("tab", { name: "Voice" }).focus());
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.queryByRole("slider", { name: "Warmth" })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Identity and rules" })).toBeInTheDocument();
  });

  it("speaks French", () => {
    renderStudio(<App />, { lang: "fr" });
    const editor = screen.getByRole("tablist", { name: "Sections de l’éditeur" });
    expect(
      within(editor)
        .getAllByRole("tab")
        .map((tab) => tab.textContent),
    ).toEqual(["Voix", "Identité"]);
    expect(screen.getByRole("button", { name: /bibliothèque/ })).toBeInTheDocument();
  });

  it("keeps a visited tab as the designer left it, hidden while another is open", async () => {
    renderStudio(<App />);
    const editor = screen.getByRole("tablist", { name: "Editor sections" });
    await userEvent.click(within(editor).getByRole("tab", { name: "Identity" }));
    const name = await screen.findByRole("textbox", { name: "Assistant name" }, { timeout: 5000 });
    await userEvent.click(within(editor).getByRole("tab", { name: "Voice" }));
    expect(name).not.toBeVisible();
    await userEvent.click(within(editor).getByRole("tab", { name: "Identity" }));
    expect(screen.getByRole("textbox", { name: "Assistant name" })).toBe(name);
  });

  it("folds and unfolds the library with its button", async () => {
    renderStudio(<App />);
    // jsdom has no matchMedia: the narrow window's default, folded.
    const show = screen.getByRole("button", { name: "Show the library" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
    await userEvent.click(show);
    const hide = screen.getByRole("button", { name: "Hide the library" });
    expect(hide).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(hide.getAttribute("aria-controls")!)).toContainElement(
      screen.getByRole("searchbox"),
    );
    await userEvent.click(hide);
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });

  it("groups the version controls in the header", () => {
    renderStudio(<App />);
    const header = document.querySelector("header.sh-header");
    if (!(header instanceof HTMLElement)) throw new Error("no header");
    const group = within(header).getByRole("group", { name: "Versions" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Save version", "Versions", "Compare"]);
  });
});

describe("ColumnTabs", () => {
  it("shows only the open tab's panel, labelled by its tab", async () => {
    let value = "a";
    const tabs = [
      { id: "a", label: "First", content: <p>one</p> },
      { id: "b", label: "Second", content: <p>two</p> },
    ];
    const { rerender } = renderStudio(
      <ColumnTabs label="Parts" tabs={tabs} value={value} onValueChange={(v) => (value = v)} />,
    );
    expect(screen.getByRole("tabpanel", { name: "First" })).toHaveTextContent("one");
    expect(screen.queryByText("two")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Second" }));
    expect(value).toBe("b");
    rerender(<ColumnTabs label="Parts" tabs={tabs} value={value} onValueChange={() => {}} />);
    expect(screen.getByRole("tabpanel", { name: "Second" })).toHaveTextContent("two");
  });
});
