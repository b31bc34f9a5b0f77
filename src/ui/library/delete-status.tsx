import { useLayoutEffect, useRef, useState } from "react";
import { useLibrary } from "../studio-context";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { libraryMessages } from "../i18n/messages/library";

/** "Deleted X." with its Undo, in a live region that exists before anything is deleted. */
export function DeleteStatus({ onRestored }: { onRestored: (id: string) => void }) {
  const t = useMessages(libraryMessages);
  const common = useMessages(commonMessages);
  const trash = useLibrary((s) => s.trash);
  const undoRemove = useLibrary((s) => s.undoRemove);
  const [dismissed, setDismissed] = useState<typeof trash>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const shown = trash !== null && trash !== dismissed ? trash : null;

  // The deleted row took the focused Delete button with it; Undo is the natural next stop.
  useLayoutEffect(() => {
    if (shown) undoButton.current?.focus();
  }, [shown]);

  return (
    <div role="status" className="lib-status">
      {shown && (
        <div className="lib-status-body">
          <p className="lib-status-text">{t.deleted(shown.entry.persona.name)}</p>
          <div className="lib-actions">
            <button
              ref={undoButton}
              type="button"
              className="cm-button cm-button-primary"
              onClick={() => {
                undoRemove();
                onRestored(shown.entry.persona.id);
              }}
            >
              {t.undoDelete}
            </button>
            <button type="button" className="cm-button" onClick={() => setDismissed(shown)}>
              {common.dismiss}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
