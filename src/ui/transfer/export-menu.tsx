import { lazy, useCallback, useRef, useState } from "react";
import { useOpenPersona } from "../studio-context";
import { useMessages } from "../i18n";
import { shellMessages } from "../i18n/messages/shell";
import { LazyPart } from "../common/lazy-part";
import "../common/common.css";
import "./transfer.css";

// The menu, its writers and dialogs load on first use (prefetched when the pointer or focus
// reaches the button): none of them is needed for the first screen.
const loadList = () => import("./export-menu-list");
const prefetch = () => void loadList().catch(() => undefined);
const ExportMenuList = lazy(() => loadList().then((m) => ({ default: m.ExportMenuList })));

/**
 * "Export as…": a menu button (WAI-ARIA menu pattern: arrows, Home/End, Escape) with every
 * format the persona travels in. "Export JSON" stays its own button: it is the common case.
 */
export function ExportMenu() {
  const label = useMessages(shellMessages).exportAs;
  const persona = useOpenPersona();
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on: the list then keeps its outcome line and dialogs.
  const [used, setUsed] = useState(false);
  const show = (next: boolean) => {
    if (next) setUsed(true);
    setOpen(next);
  };
  const close = useCallback(() => setOpen(false), []);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="tr-export">
      <button
        ref={button}
        type="button"
        className="cm-button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!persona}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => show(!open)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            show(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {persona && used && (
        <LazyPart>
          <ExportMenuList persona={persona} open={open} label={label} button={button} onClose={close} />
        </LazyPart>
      )}
    </div>
  );
}
