import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { Failure, Imported } from "./import-outcome";
import { useTransferMessages } from "./messages";
import { usePersonaImport, type ImportResult } from "./use-persona-import";
import "../common/common.css";
import "./transfer.css";

// The dialog and the outcome lines are loaded on first use: the first screen needs neither.
const ImportDialog = lazy(() => import("./import-dialog").then((m) => ({ default: m.ImportDialog })));
const ImportSuccess = lazy(() => import("./import-outcome").then((m) => ({ default: m.ImportSuccess })));
const ImportFailure = lazy(() => import("./import-outcome").then((m) => ({ default: m.ImportFailure })));

/*
 * The two ways in for a persona file: the Import button (a dialog with a file picker and a
 * paste box) and a drop anywhere on the window. Both go through usePersonaImport.
 */

/** "Import": opens a dialog to pick a file or paste JSON; says what it imported. */
export function ImportButton() {
  const t = useTransferMessages();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);
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
        <Suspense fallback={null}>{imported !== null && <ImportSuccess result={imported} onDismiss={() => setImported(null)} />}</Suspense>
      </div>
      {dialogOpen && (
        <Suspense fallback={null}>
          <ImportDialog
            onClose={closeDialog}
            onImported={(result) => {
              // Feedback opens in its own dialog (the studio's feedback inbox); nothing to announce here.
              if (result.kind === "imported") setImported(result);
              closeDialog();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

const isFailure = (result: ImportResult): result is Failure => result.kind !== "imported" && result.kind !== "feedback";

/** Only file drags count: dragging selected text around the page must not show the overlay. */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/**
 * Drop a file (persona, card, feedback) anywhere on the window to import it. Mount once (App does).
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
          <Suspense fallback={null}>{result?.kind === "imported" && <ImportSuccess result={result} onDismiss={dismiss} />}</Suspense>
        </div>
        <Suspense fallback={null}>{result && isFailure(result) && <ImportFailure result={result} onDismiss={dismiss} />}</Suspense>
      </div>
    </>
  );
}
