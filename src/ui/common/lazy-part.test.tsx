import { lazy } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { setVoice } from "../../core/persona/edits";
import { storageStatusStore } from "../../stores/storage";
import { App } from "../app";
import { LazyPart } from "./lazy-part";

// Both lazily loaded panels of the studio fail to load, as when a deploy replaced their chunks.
vi.mock("../editor/identity-panel", () => {
  throw new TypeError(
    "Failed to fetch dynamically imported module: /assets/identity-panel-1a2b.js",
  );
});
vi.mock("../preview/preview-panel", () => {
  throw new TypeError("Failed to fetch dynamically imported module: /assets/preview-panel-3c4d.js");
});

const SAVED =
  "This part of the studio could not be shown. Your persona is saved: reload the page to try again.";

// React reports every error a boundary catches on the console; here they are the point.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("a lazily loaded panel whose code cannot be loaded", () => {
  it("shows a plain message and Reload in its place; the rest of the studio and the persona stay", async () => {
    const { studio } = renderStudio(<App />);
    act(() => studio.edit(setVoice("warmth", 90)));

    const regions = [
      () => screen.getByRole("complementary", { name: "Preview" }),
      async () => {
        await userEvent.click(screen.getByRole("tab", { name: "Identity" }));
        return screen.getByRole("region", { name: "Identity and rules" });
      },
    ];
    for (const region of regions) {
      const alert = await within(await region()).findByRole("alert");
      expect(alert).toHaveTextContent(SAVED);
      expect(within(alert).getByRole("button", { name: "Reload" })).toBeInTheDocument();
    }
    // Not a blank page: the editor, the prompt and the persona as it was are all there.
    await userEvent.click(screen.getByRole("tab", { name: "Voice" }));
    expect(screen.getByRole("slider", { name: "Warmth" })).toHaveValue("90");
    await userEvent.click(screen.getByRole("tab", { name: "Prompt" }));
    expect(
      await screen.findByRole("button", { name: "Copy prompt" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(studio.openPersona()?.voice.warmth).toBe(90);
  });

  it("says so in French", async () => {
    renderStudio(<App />, { lang: "fr" });
    await userEvent.click(screen.getByRole("tab", { name: "Identité" }));
    const region = screen.getByRole("region", { name: "Identité et règles" });
    // toHaveTextContent reads the no-break space before ":" as a space.
    expect(await within(region).findByRole("alert")).toHaveTextContent(
      "Cette partie du studio n’a pas pu s’afficher. Votre persona est enregistré : rechargez la page pour réessayer.",
    );
    expect(within(region).getByRole("button", { name: "Recharger" })).toBeInTheDocument();
  });

  it("asks to export first when the browser is not saving the persona", async () => {
    renderStudio(<App />);
    act(() =>
      storageStatusStore.setState({
        problems: [{ kind: "quota", key: "psydesign:library", detail: "full" }],
      }),
    );
    await userEvent.click(screen.getByRole("tab", { name: "Identity" }));
    const region = screen.getByRole("region", { name: "Identity and rules" });
    expect(await within(region).findByRole("alert")).toHaveTextContent(
      "This part of the studio could not be shown. Your persona is not saved in this browser: export it before you reload the page.",
    );
  });
});

function Broken(): never {
  throw new Error("render failed");
}

describe("LazyPart", () => {
  it("catches a render error below it the same way", () => {
    renderStudio(
      <>
        <LazyPart>
          <Broken />
        </LazyPart>
        <p>Still here</p>
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(SAVED);
    expect(screen.getByText("Still here")).toBeInTheDocument();
  });

  it("shows what is loading, then the part", async () => {
    let load!: (module: { default: () => React.JSX.Element }) => void;
    const Part = lazy(
      () => new Promise<{ default: () => React.JSX.Element }>((resolve) => (load = resolve)),
    );
    renderStudio(
      <LazyPart loading={<p role="status">Loading…</p>}>
        <Part />
      </LazyPart>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    await act(async () => load({ default: () => <p>The part</p> }));
    expect(screen.getByText("The part")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
