import { useEffect } from "react";
import type { Studio } from "../../stores/studio";

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) drive the studio's history everywhere,
 * text fields included: their edits are in the same history, and the browser's own
 * per-field undo would fight it on controlled inputs.
 */
export function useUndoShortcuts(studio: Studio): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) studio.undo();
      else if ((key === "z" && event.shiftKey) || (key === "y" && !event.metaKey)) studio.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [studio]);
}
