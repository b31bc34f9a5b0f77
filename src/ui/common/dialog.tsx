import { useRef, useState, type ReactNode, type RefObject } from "react";
import * as RadixDialog from "@radix-ui/react-dialog";
import "./common.css";

interface DialogProps {
  /** The dialog's accessible name, shown as its heading. */
  title: string;
  /** Shown under the title, and the dialog's accessible description. */
  description?: ReactNode;
  /** A close button in the header, for dialogs whose actions do not close them. */
  closeLabel?: string;
  /** Escape, the close button, and (with `closeOnOutsideClick`) a click beside the dialog. */
  onClose(): void;
  /** Buttons that act on the whole dialog: kept in view below the body, however long it is. */
  actions?: ReactNode;
  /** Whether a press outside the dialog closes it (forms holding typed work say no). */
  closeOnOutsideClick?: boolean;
  /** Where focus goes on close; by default, whatever had it when the dialog opened. */
  returnFocus?: RefObject<HTMLElement | null>;
  wide?: boolean;
  children: ReactNode;
}

const TABBABLE = "input:not([type='hidden']), textarea, select, button, a[href], [tabindex]";

/**
 * A modal dialog, mounted while it is open: Radix traps focus, hides the page behind from
 * screen readers, and closes on Escape. It fits the window: the header and the actions stay
 * in view while the body scrolls. Focus starts on the body's first control and goes back, on
 * close, to the button that opened it (some browsers do not focus a clicked button: the caller
 * names it in `returnFocus`).
 */
export function Dialog(props: DialogProps) {
  const {
    title,
    description,
    closeLabel,
    onClose,
    actions,
    closeOnOutsideClick = false,
    returnFocus,
    wide,
    children,
  } = props;
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  const content = useRef<HTMLDivElement>(null);
  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="cm-dialog-overlay" />
        <RadixDialog.Content
          ref={content}
          className={wide ? "cm-dialog cm-dialog-wide" : "cm-dialog"}
          // Without a description, no aria-describedby (Radix would point it at nothing).
          {...(description === undefined ? { "aria-describedby": undefined } : {})}
          onOpenAutoFocus={(event) => {
            const first = [
              ...(content.current?.querySelectorAll<HTMLElement>(
                `.cm-dialog-body :is(${TABBABLE})`,
              ) ?? []),
            ].find((element) => element.tabIndex >= 0 && !element.matches(":disabled"));
            if (!first) return;
            event.preventDefault();
            first.focus();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const target = returnFocus?.current ?? opener;
            if (target?.isConnected) target.focus();
          }}
          onPointerDownOutside={(event) => {
            if (!closeOnOutsideClick) event.preventDefault();
          }}
        >
          <div className="cm-dialog-header">
            <RadixDialog.Title className="cm-dialog-title">{title}</RadixDialog.Title>
            {closeLabel !== undefined && (
              <RadixDialog.Close className="cm-button">{closeLabel}</RadixDialog.Close>
            )}
          </div>
          <div className="cm-dialog-body">
            {description !== undefined && (
              <RadixDialog.Description className="cm-dialog-description">
                {description}
              </RadixDialog.Description>
            )}
            {children}
          </div>
          {actions !== undefined && <div className="cm-dialog-actions">{actions}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
