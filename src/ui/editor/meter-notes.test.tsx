import { describe, expect, it } from "vitest";
import { act, screen } from "@testing-library/react";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { withInformalExample } from "../../../tests/helpers/make-persona";
import { shownExampleWarnings } from "../../stores/example-lint";
import { PromptPanel } from "../prompt/prompt-panel";
import { WarningNotes } from "./warning-notes";

const MESSAGE =
  'The reply in example 1 addresses the user informally ("Hey", "Sam") although the chosen address is formal.';

describe("the editor's notes beside a control", () => {
  it("show the style meter's reading of an example beside the example once the prompt panel has it, not beside the sliders", async () => {
    const { studio } = renderStudio(
      <>
        <PromptPanel />
        <WarningNotes id="address-notes" path="address" />
        <WarningNotes id="example-notes" path="examples[0].assistant" />
        <WarningNotes id="humor-notes" path="voice.humor" />
      </>,
    );
    act(() => studio.edit(withInformalExample));
    expect(document.getElementById("example-notes")).not.toHaveTextContent(MESSAGE);
    await screen.findByText("example-drifts-from-address", {}, { timeout: 10_000 });
    expect(document.getElementById("example-notes")).toHaveTextContent(MESSAGE);
    // The voice controls keep compile()'s own notes only: a late note would shift a slider mid-drag.
    expect(document.getElementById("address-notes")).not.toHaveTextContent(MESSAGE);
    expect(document.getElementById("humor-notes")).toBeEmptyDOMElement();
  });

  it("never show another persona's reading", () => {
    const { studio } = renderStudio(
      <WarningNotes id="example-notes" path="examples[0].assistant" />,
    );
    act(() =>
      shownExampleWarnings.setState({
        owner: "someone-else",
        warnings: [
          {
            code: "example-drifts-from-address",
            message: MESSAGE,
            paths: ["examples[0].assistant", "address"],
          },
        ],
      }),
    );
    expect(studio.openPersona()!.id).not.toBe("someone-else");
    expect(document.getElementById("example-notes")).toBeEmptyDOMElement();
  });
});
