import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import "../common/common.css";
import "./transfer.css";

interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind inert and closes
 * on Escape. Where showModal is missing (Safari before 15.4, jsdom) it opens non-modal and
 * Escape is handled here. The first focusable element inside gets focus.
 */
export function Modal({ title, closeLabel, onClose, children, wide }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === "function") element.showModal();
    else element.setAttribute("open", "");
    element.querySelector<HTMLElement>(".tr-dialog-body :is(input, textarea, select, button, [tabindex])")?.focus();
  }, []);

  const close = () => {
    const element = dialog.current;
    // close() fires the "close" event, which calls onClose.
    if (element?.open && typeof element.close === "function") element.close();
    else onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  return (
    <dialog
      ref={dialog}
      className={wide ? "tr-dialog tr-dialog-wide" : "tr-dialog"}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <div className="tr-dialog-header">
        <h2 id={titleId} className="tr-dialog-title">
          {title}
        </h2>
        <button type="button" className="cm-button" onClick={close}>
          {closeLabel}
        </button>
      </div>
      <div className="tr-dialog-body">{children}</div>
    </dialog>
  );
}
