import { describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readCustomScenarios } from "../../core/scenarios/schema";
import { addOwnScenario } from "../../stores/own-scenarios";
import { renderPreview } from "../../../tests/helpers/render-preview";

function withScenario(lang: "en" | "fr" = "en") {
  const rendered = renderPreview({ lang });
  act(() => {
    addOwnScenario(rendered.studio, "Late parcel", ["Where is my parcel?", "Still nothing."]);
  });
  const saved = () => readCustomScenarios(rendered.studio.openPersona()!)[0];
  return { ...rendered, saved };
}

describe("ExpectationsEditor", () => {
  it("adds checks to a turn, saves them in the persona, and removes them", async () => {
    const user = userEvent.setup();
    const { saved, studio } = withScenario();
    await user.click(screen.getByText("Your scenarios"));
    await user.click(screen.getByText(/^Expectations for “Late parcel” \(0\)$/));
    const turn1 = screen.getByRole("group", { name: "Turn 1: “Where is my parcel?”" });
    expect(within(turn1).getByText(/^Derived checks only/)).toBeInTheDocument();
    await user.type(within(turn1).getByRole("textbox", { name: /Text, or/ }), "tracking number");
    await user.click(within(turn1).getByRole("button", { name: "Add expectation" }));
    expect(saved()?.expectations).toEqual([[{ kind: "mentions", pattern: "tracking number" }]]);
    expect(within(turn1).getByRole("status")).toHaveTextContent(
      "Added to turn 1: mentions “tracking number”.",
    );

    const turn2 = screen.getByRole("group", { name: "Turn 2: “Still nothing.”" });
    await user.selectOptions(
      within(turn2).getByRole("combobox", { name: "Check" }),
      "Hands over (gives the escalation route)",
    );
    expect(within(turn2).queryByRole("textbox")).not.toBeInTheDocument();
    await user.click(within(turn2).getByRole("button", { name: "Add expectation" }));
    expect(saved()?.expectations).toEqual([
      [{ kind: "mentions", pattern: "tracking number" }],
      [{ kind: "hands-over" }],
    ]);
    expect(screen.getByText(/^Expectations for “Late parcel” \(2\)$/)).toBeInTheDocument();

    await user.click(
      within(turn1).getByRole("button", { name: "Remove expectation: mentions “tracking number”" }),
    );
    expect(saved()?.expectations).toEqual([[], [{ kind: "hands-over" }]]);
    act(() => studio.undo());
    expect(saved()?.expectations?.[0]).toEqual([{ kind: "mentions", pattern: "tracking number" }]);
  });

  it("refuses what would not reload, saying why, and saves nothing", async () => {
    const user = userEvent.setup();
    const { saved } = withScenario();
    await user.click(screen.getByText("Your scenarios"));
    await user.click(screen.getByText(/^Expectations for “Late parcel”/));
    const turn1 = screen.getByRole("group", { name: /^Turn 1/ });
    const add = within(turn1).getByRole("button", { name: "Add expectation" });
    await user.click(add);
    expect(within(turn1).getByRole("status")).toHaveTextContent("Write the text to look for.");
    await user.type(within(turn1).getByRole("textbox"), "/(abc/");
    await user.click(add);
    expect(within(turn1).getByRole("status")).toHaveTextContent(/not a valid regular expression/);
    await user.selectOptions(
      within(turn1).getByRole("combobox", { name: "Check" }),
      "At most N sentences",
    );
    await user.type(within(turn1).getByRole("spinbutton", { name: "Sentences at most" }), "0");
    await user.click(add);
    expect(within(turn1).getByRole("status")).toHaveTextContent(/from 1 to 50/);
    expect(saved()?.expectations).toBeUndefined();
  });

  it("speaks French, and Enter in the field adds", async () => {
    const user = userEvent.setup();
    const { saved } = withScenario("fr");
    await user.click(screen.getByText("Vos scénarios"));
    await user.click(screen.getByText(/^Attentes pour « Late parcel »/));
    const turn1 = screen.getByRole("group", {
      name: "Tour 1\u00a0: «\u00a0Where is my parcel?\u00a0»",
    });
    await user.selectOptions(
      within(turn1).getByRole("combobox", { name: "Contrôle" }),
      "Ne mentionne pas",
    );
    await user.tab();
    await user.keyboard("colis{Enter}");
    expect(saved()?.expectations).toEqual([[{ kind: "does-not-mention", pattern: "colis" }]]);
    expect(
      within(turn1).getByRole("button", {
        name: "Retirer l’attente\u00a0: ne mentionne pas «\u00a0colis\u00a0»",
      }),
    ).toBeInTheDocument();
  });
});
