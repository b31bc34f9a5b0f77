import { useEffect, useState, type FocusEvent } from "react";

/** How long a success toast stays by itself, in ms: long enough to read it twice. */
export const SUCCESS_TOAST_MS = 8000;

/**
 * Dismisses a success toast by itself after `ms`, so that it does not stay over the
 * conversation's composer; never while the pointer rests on it or focus is inside it (someone
 * is reading it or about to press it). `toast` is what the toast shows (null when none): a new
 * one starts the wait again. Spread the returned handlers on the toast. Failures do not use
 * it: they stay until dismissed.
 */
export function useAutoDismiss(toast: object | null, dismiss: () => void, ms = SUCCESS_TOAST_MS) {
  // Held for one toast only: a toast dismissed with the pointer on it never hears it leave.
  const [hold, setHold] = useState({ toast: null as object | null, pointer: false, focus: false });
  const held = hold.toast === toast && (hold.pointer || hold.focus);
  useEffect(() => {
    if (toast === null || held) return;
    const timer = setTimeout(dismiss, ms);
    return () => clearTimeout(timer);
  }, [toast, held, dismiss, ms]);
  const set = (part: "pointer" | "focus", on: boolean) =>
    setHold((h) => ({
      ...(h.toast === toast ? h : { pointer: false, focus: false }),
      toast,
      [part]: on,
    }));
  return {
    onPointerEnter: () => set("pointer", true),
    onPointerLeave: () => set("pointer", false),
    onFocus: () => set("focus", true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) set("focus", false);
    },
  };
}
