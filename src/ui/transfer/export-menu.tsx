import { lazy, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { useOpenPersona } from "../studio-context";
import { useMessages } from "../i18n";
import { shellMessages } from "../i18n/messages/shell";
import { LazyPart } from "../common/lazy-part";
import "../common/common.css";
import "./transfer.css";

// The menu (Radix), its writers and dialogs load when the pointer or focus first reaches the
// button: none of them is needed for the first screen. Until then a plain twin of the button
// stands in its place.
let requestMenu = () => {};
const menuWanted = new Promise<void>((resolve) => (requestMenu = resolve));
const ExportMenuList = lazy(() =>
  menuWanted.then(() => import("./export-menu-list")).then((m) => ({ default: m.ExportMenuList })),
);

/**
 * "Export as…": a menu button with every format the persona travels in. "Export JSON" stays
 * its own button: it is the common case.
 */
export function ExportMenu() {
  const label = useMessages(shellMessages).exportAs;
  const persona = useOpenPersona();
  // Pressed before the menu's code came: the menu opens as soon as it is there.
  const [pressed, setPressed] = useState(false);
  const hadFocus = useRef(false);
  if (!persona) {
    return (
      <div className="tr-export">
        <ButtonTwin label={label} disabled hadFocus={hadFocus} onPress={() => undefined} />
      </div>
    );
  }
  const press = () => {
    requestMenu();
    setPressed(true);
  };
  return (
    <div className="tr-export">
      <LazyPart loading={<ButtonTwin label={label} hadFocus={hadFocus} onPress={press} />}>
        <ExportMenuList persona={persona} label={label} defaultOpen={pressed} hadFocus={hadFocus} />
      </LazyPart>
    </div>
  );
}

interface TwinProps {
  label: string;
  disabled?: boolean;
  /** Set when it leaves the page focused, so the real button takes the focus over. */
  hadFocus: RefObject<boolean>;
  onPress(): void;
}

/** Looks and reads as the menu button; asks for the menu's code, and remembers a press. */
function ButtonTwin({ label, disabled, hadFocus, onPress }: TwinProps) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const node = button.current;
    return () => {
      hadFocus.current = node !== null && node === document.activeElement;
    };
  }, [hadFocus]);
  return (
    <button
      ref={button}
      type="button"
      className="cm-button"
      aria-haspopup="menu"
      aria-expanded={false}
      disabled={disabled}
      onPointerEnter={requestMenu}
      onFocus={requestMenu}
      onClick={onPress}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown") return;
        event.preventDefault();
        onPress();
      }}
    >
      {label} <span aria-hidden="true">▾</span>
    </button>
  );
}
