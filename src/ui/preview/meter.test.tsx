import { describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ChatEvent, ChatProvider } from "../../providers/types";
import { PRESETS } from "../../stores/presets";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { renderPreview } from "../../../tests/helpers/render-preview";
import { MeterRow } from "./meter-row";

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

describe("MeterRow", () => {
  it("reads a tu reply to a vous persona as an address drift and shows the evidence", async () => {
    const { studio } = renderStudio(<MeterRow text="Salut ! Tu peux me donner ton numéro ?" />, {
      lang: "en",
    });
    act(() => void studio.duplicatePreset(servicePublic, servicePublic.name));
    const address = await screen.findByRole("button", { name: /Address: tu/ });
    expect(address).toHaveTextContent("drift, target vous");
    expect(within(address).getByText(/drift, target vous/)).not.toHaveClass("cm-visually-hidden");
    expect(address).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(address);
    expect(address).toHaveAttribute("aria-expanded", "true");
    const marks = document.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent?.toLowerCase())).toContain("tu");
  });

  it("reads a vous reply as on target, in words and not only in colour", async () => {
    const { studio } = renderStudio(
      <MeterRow text="Bonjour. Pouvez-vous me donner votre numéro de dossier ?" />,
      { lang: "fr" },
    );
    act(() => void studio.duplicatePreset(servicePublic, servicePublic.name));
    const address = await screen.findByRole("button", { name: /Adresse\s*: vous/ });
    expect(address).toHaveTextContent("conforme");
    expect(within(address).getByText("✓")).toBeInTheDocument();
    // On target, the verdict is for screen readers: nine of them would put one cell per line.
    expect(within(address).getByText(/conforme/)).toHaveClass("cm-visually-hidden");
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
