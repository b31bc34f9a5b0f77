import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { ImportFailure, ImportSuccess } from "./import-outcome";
import { useTransferMessages } from "./messages";
import { usePersonaImport, type ImportResult } from "./use-persona-import";
import "../common/common.css";
import "./transfer.css";

// The dialog is loaded on first use: the first screen does not need it.
const ImportDialog = lazy(() => import("./import-dialog").then((m) => ({ default: m.ImportDialog })));

/*
 * The two ways in for a persona file: the Import button (a dialog with a file picker and a
 * paste box) and a drop anywhere on the window. Both go through usePersonaImport.
 */

/** "Import": opens a dialog to pick a file or paste JSON; says what it imported. */
export function ImportButton() {
  const t = useTransferMessages();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Browsers differ on where focus goes when a dialog closes; bring it back here.
  useEffect(() => {
    if (!dialogOpen && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [dialogOpen]);

  const closeDialog = () => {
    returnFocus.current = true;
    setDialogOpen(false);
  };

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
        {imported !== null && <ImportSuccess name={imported} t={t} onDismiss={() => setImported(null)} />}
      </div>
      {dialogOpen && (
        <Suspense fallback={null}>
          <ImportDialog
            onClose={closeDialog}
            onImported={(name) => {
              setImported(name);
              closeDialog();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Only file drags count: dragging selected text around the page must not show the overlay. */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/**
 * Drop a .json file anywhere on the window to import it. Mount once (App does).
 * The overlay is visual only: people who cannot drag have the Import dialog.
 */
export function WindowDropZone() {
  const t = useTransferMessages();
  const { fromFile } = usePersonaImport();
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; count them to know when the drag leaves the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser refuses the drop (or opens the file in place of the studio).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void fromFile(file).then(setResult);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [fromFile]);

  const dismiss = () => setResult(null);
  return (
    <>
      {dragging && (
        <div className="tr-drop-overlay" aria-hidden="true">
          <p className="tr-drop-text">{t.dropHere}</p>
        </div>
      )}
      <div className="tr-drop-outcome">
        <div role="status" className="tr-status">
          {result?.kind === "imported" && <ImportSuccess name={result.name} t={t} onDismiss={dismiss} />}
        </div>
        {result && result.kind !== "imported" && <ImportFailure result={result} t={t} onDismiss={dismiss} />}
      </div>
    </>
  );
}
