import { describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ChatEvent, ChatProvider } from "../../providers/types";
import { PRESETS } from "../../stores/presets";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { renderPreview } from "../../../tests/helpers/render-preview";
import { MeterRow } from "./meter-row";
import { rehearse } from "../../core/rehearsal/rehearse";

const servicePublic = PRESETS.find((p) => p.id === "service-public")!;

/** An endpoint that always answers the same words. */
function saying(text: string): ChatProvider {
  return {
    id: "fixed",
    async *stream(): AsyncGenerator<ChatEvent> {
      yield { type: "delta", text };
      yield { type: "done", finishReason: "stop" };
    },
  };
}

describe("MeterRow", { timeout: 20_000 }, () => {
  it("says a drifting reply in one line, the detail on demand, each chip with its target", async () => {
    const user = userEvent.setup();
    const { studio } = renderStudio(<MeterRow text="Salut ! Tu peux me donner ton numéro ?" />, {
      lang: "en",
    });
    act(() => void studio.duplicatePreset(servicePublic, servicePublic.name));
    // The first reading loads the meter's tables: longer than findBy's default second.
    const meter = await screen.findByRole(
      "group",
      { name: /^Style meter: adherence/ },
      { timeout: 5_000 },
    );
    const line = meter.querySelector(".pv-meter-line")!;
    expect(line).toHaveTextContent(/✗ \d+ drifts?: Address/);
    // One line: no chip until the detail is asked for.
    expect(within(meter).queryByRole("button", { name: /Address: tu/ })).toBeNull();
    const details = within(meter).getByRole("button", { name: "Details" });
    expect(details).toHaveAttribute("aria-expanded", "false");
    details.focus();
    await user.keyboard("{Enter}");
    expect(details).toHaveAttribute("aria-expanded", "true");
    const address = within(meter).getByRole("button", { name: /Address: tu · target vous/ });
    expect(address).toHaveTextContent("✗");
    expect(address).toHaveAccessibleName(/\(drift\)$/);
    // A chip on target shows its target too.
    const chips = within(meter.querySelector(".pv-meter-cells") as HTMLElement).getAllByRole(
      "button",
    );
    expect(chips.length).toBeGreaterThan(3);
    expect(chips.every((chip) => / · target /.test(chip.textContent ?? ""))).toBe(true);
    await user.click(address);
    expect(address).toHaveAttribute("aria-expanded", "true");
    const marks = document.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent?.toLowerCase())).toContain("tu");
    await user.click(details);
    expect(within(meter).queryByRole("button", { name: /Address: tu/ })).toBeNull();
  });

  it("says an on-target reply in one line, in French, in words and not only in colour", async () => {
    // The rehearsal's own greeting for this persona reads on target on every dimension.
    const greeting = rehearse(servicePublic, [{ role: "user", content: "Bonjour" }]).text;
    const { studio } = renderStudio(<MeterRow text={greeting} />, { lang: "fr" });
    act(() => void studio.duplicatePreset(servicePublic, servicePublic.name));
    const meter = await screen.findByRole("group", { name: /^Stylomètre/ }, { timeout: 5_000 });
    const line = meter.querySelector(".pv-meter-line")!;
    expect(line.textContent).toMatch(/^✓ conforme/);
    const details = within(meter).getByRole("button", { name: "Détails" });
    await userEvent.click(details);
    const address = within(meter).getByRole("button", { name: /Adresse\s*: vous · cible vous/ });
    expect(within(address).getByText("✓")).toBeInTheDocument();
    expect(address).toHaveAccessibleName(/\(conforme\)$/);
  });
});

describe("MeterSummary", () => {
  it("counts the replies that broke the address form and links to them", async () => {
    const { studio } = renderPreview({
      endpoint: saying("Salut ! Tu veux que je regarde ton dossier ?"),
    });
    act(() => void studio.duplicatePreset(servicePublic, servicePublic.name));
    const user = userEvent.setup();
    for (const message of ["Bonjour", "Où en est ma demande ?"]) {
      await user.type(screen.getByRole("textbox", { name: "Message" }), `${message}{Enter}`);
      await screen.findAllByText(/Done/);
    }
    const summary = await screen.findByRole("region", { name: "Across the conversation" });
    const line = (await within(summary).findByText(/“tu” used in 2 of 2 replies/)).closest("li")!;
    const link = within(line).getByRole("button", { name: "Reply 2" });
    await user.click(link);
    expect(document.activeElement?.tagName).toBe("LI");
  });
});
