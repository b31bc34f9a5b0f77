import { useRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Dialog } from "./dialog";

function Opener({
  closeOnOutsideClick,
  withReturnFocus,
}: {
  closeOnOutsideClick?: boolean;
  withReturnFocus?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(0);
  const back = useRef<HTMLButtonElement>(null);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button ref={back} type="button">
        Elsewhere
      </button>
      <p role="status">{`closed ${closed}`}</p>
      {open && (
        <Dialog
          title="Settings"
          description="Where replies come from."
          closeLabel="Close"
          closeOnOutsideClick={closeOnOutsideClick}
          returnFocus={withReturnFocus ? back : undefined}
          onClose={() => {
            setOpen(false);
            setClosed((n) => n + 1);
          }}
          actions={<button type="button">Save</button>}
        >
          <label>
            Model <input />
          </label>
        </Dialog>
      )}
    </main>
  );
}

async function openDialog(options: Parameters<typeof Opener>[0] = {}) {
  const user = userEvent.setup();
  render(<Opener {...options} />);
  await user.click(screen.getByRole("button", { name: "Open" }));
  return { user, dialog: screen.getByRole("dialog", { name: "Settings" }) };
}

describe("Dialog", () => {
  it("is a modal dialog named by its title, described by its description, focus on the body's first control", async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAccessibleDescription("Where replies come from.");
    expect(within(dialog).getByRole("textbox", { name: "Model" })).toHaveFocus();
    // The page behind is hidden from screen readers while it is open.
    expect(screen.queryByRole("button", { name: "Open" })).toBeNull();
  });

  it("keeps the actions apart from the body, which is the part that scrolls", async () => {
    const { dialog } = await openDialog();
    const save = within(dialog).getByRole("button", { name: "Save" });
    const field = within(dialog).getByRole("textbox", { name: "Model" });
    expect(field.closest(".cm-dialog-body")).not.toBeNull();
    expect(save.closest(".cm-dialog-body")).toBeNull();
    expect(save.closest(".cm-dialog-actions")).not.toBeNull();
  });

  it("closes on Escape and gives focus back to the button that opened it", async () => {
    const { user } = await openDialog();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("closed 1");
    await waitFor(() => expect(screen.getByRole("button", { name: "Open" })).toHaveFocus());
  });

  it("closes with its close button, focus going where the caller says", async () => {
    const { user, dialog } = await openDialog({ withReturnFocus: true });
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    await waitFor(() => expect(screen.getByRole("button", { name: "Elsewhere" })).toHaveFocus());
  });

  it.each([
    [false, "stays open"],
    [true, "closes"],
  ])("with closeOnOutsideClick %s, %s on a press beside it", async (closeOnOutsideClick) => {
    const { user } = await openDialog({ closeOnOutsideClick });
    await user.click(document.querySelector<HTMLElement>(".cm-dialog-overlay")!);
    expect(screen.queryByRole("dialog") === null).toBe(closeOnOutsideClick);
  });
});
