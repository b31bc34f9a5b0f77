import { lazy, useRef, useState } from "react";
import type { Imported } from "./import-outcome";
import { useMessages } from "../i18n";
import { importMessages } from "../i18n/messages/import";
import { LazyPart } from "../common/lazy-part";
import "../common/common.css";
import "./transfer.css";

// The dialog and the outcome lines are loaded on first use: the first screen needs neither.
const ImportDialog = lazy(() =>
  import("./import-dialog").then((m) => ({ default: m.ImportDialog })),
);
const ImportSuccess = lazy(() =>
  import("./import-outcome").then((m) => ({ default: m.ImportSuccess })),
);

/*
 * One of the two ways in for a persona file, with a drop anywhere on the window
 * (window-drop-zone.tsx). Both go through usePersonaImport.
 */

/** "Import": opens a dialog to pick a file or paste JSON; says what it imported. */
export function ImportButton() {
  const t = useMessages(importMessages);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const closeDialog = () => setDialogOpen(false);

  return (
    <div className="tr-import">
      <button
        ref={opener}
        type="button"
        className="cm-button"
        aria-haspopup="dialog"
        onClick={() => {
          setImported(null);
          setDialogOpen(true);
        }}
      >
        {t.import}
      </button>
      <div role="status" className="tr-status">
        <LazyPart>
          {imported !== null && (
            <ImportSuccess result={imported} onDismiss={() => setImported(null)} />
          )}
        </LazyPart>
      </div>
      {dialogOpen && (
        <LazyPart>
          <ImportDialog
            returnFocus={opener}
            onClose={closeDialog}
            onImported={(result) => {
              // Feedback opens in its own dialog (the studio's feedback inbox); nothing to announce here.
              if (result.kind === "imported") setImported(result);
              closeDialog();
            }}
          />
        </LazyPart>
      )}
    </div>
  );
}
