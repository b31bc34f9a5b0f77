import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { serializePersona } from "../../core/persona/serialize";
import { REVOKE_AFTER_MS } from "../common/download";
import { ExportButton } from "./export-button";

let blobs: Blob[];
let links: HTMLAnchorElement[];
beforeEach(() => {
  // shouldAdvanceTime: Testing Library's async wrapper waits on a 0 ms setTimeout and only
  // knows how to advance Jest's fake timers, not Vitest's.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
  ({ blobs, links } = captureDownloads());
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("ExportButton", () => {
  it("downloads the open persona's file, then revokes its URL", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const { studio } = renderStudio(<ExportButton />);
    const persona = studio.openPersona()!;

    await user.click(screen.getByRole("button", { name: "Export JSON" }));

    expect(links).toHaveLength(1);
    expect(links[0]!.download).toBe(`${persona.id}.persona.json`);
    expect(links[0]!.getAttribute("href")).toBe("blob:export-1");
    expect(links[0]!.isConnected).toBe(false);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(REVOKE_AFTER_MS));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:export-1");

    expect(blobs[0]!.type).toBe("application/json");
    expect(await blobs[0]!.text()).toBe(serializePersona(persona));
  });

  it("is disabled when no persona is open", () => {
    renderStudio(<ExportButton />, { start: false });
    expect(screen.getByRole("button", { name: "Export JSON" })).toBeDisabled();
  });

  it("speaks French", () => {
    renderStudio(<ExportButton />, { lang: "fr" });
    expect(screen.getByRole("button", { name: "Exporter le JSON" })).toBeEnabled();
  });
});
