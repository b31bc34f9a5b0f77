import { useLayoutEffect, useRef, type ReactElement, type ReactNode } from "react";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import "./common.css";

interface MenuProps {
  /** The menu button, which also names the menu: one element, made the trigger by Radix. */
  trigger: ReactElement;
  /** Open as soon as it mounts (the button was pressed before the menu's code had loaded). */
  defaultOpen?: boolean;
  children: ReactNode;
}

/**
 * A menu button and its menu (the WAI-ARIA menu pattern, by Radix): Enter, Space or ↓ opens
 * it, the arrows, Home, End and typing move through it, Escape closes it and focus goes back
 * to the button. Not modal, like the native menus it stands for. Whichever way it opens,
 * focus starts on the first item.
 */
export function Menu({ trigger, defaultOpen, children }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      {/* Not in a portal: the menu stays inside the landmark that holds its button. */}
      <DropdownMenu.Content
        className="cm-menu"
        align="start"
        sideOffset={4}
        collisionPadding={8}
        loop
      >
        <FocusFirstItem />
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}

/**
 * Radix focuses the first item only when the menu opens from the keyboard, the menu itself
 * when it opens from a pointer; the studio's menu has always started on the first item. Done
 * before the menu is painted, so a key pressed as soon as it shows moves from there; Radix
 * then leaves alone the focus it finds inside.
 */
function FocusFirstItem() {
  const marker = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const first = marker.current?.parentElement?.querySelector<HTMLElement>(
      "[role^='menuitem']:not([data-disabled])",
    );
    // Not scrolled to: the menu is not placed yet on its first frame.
    first?.focus({ preventScroll: true });
  }, []);
  return <span ref={marker} hidden />;
}

/** Items under a heading; the heading names the group for screen readers. */
export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DropdownMenu.Group aria-label={label} className="cm-menu-group">
      <DropdownMenu.Label className="cm-menu-heading" aria-hidden="true">
        {label}
      </DropdownMenu.Label>
      {children}
    </DropdownMenu.Group>
  );
}

/** A command: choosing it closes the menu, focus back on the button, then runs `onSelect`. */
export function MenuItem({ onSelect, children }: { onSelect(): void; children: ReactNode }) {
  return (
    <DropdownMenu.Item className="cm-menu-item" onSelect={onSelect}>
      {children}
    </DropdownMenu.Item>
  );
}

/** A setting of the items around it: it toggles and the menu stays open on it. */
export function MenuCheckboxItem({
  checked,
  onCheckedChange,
  children,
}: {
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  children: ReactNode;
}) {
  return (
    <DropdownMenu.CheckboxItem
      className="cm-menu-item"
      checked={checked}
      onCheckedChange={onCheckedChange}
      onSelect={(event) => event.preventDefault()}
    >
      <span aria-hidden="true">{checked ? "☑" : "☐"}</span> {children}
    </DropdownMenu.CheckboxItem>
  );
}
