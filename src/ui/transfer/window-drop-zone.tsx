import { lazy, useEffect, useState } from "react";
import type { Failure } from "./import-outcome";
import { useMessages } from "../i18n";
import { importMessages } from "../i18n/messages/import";
import { usePersonaImport, type ImportResult } from "./use-persona-import";
import { LazyPart } from "../common/lazy-part";
import "../common/common.css";
import "./transfer.css";

// The outcome lines load on the first drop: most sessions never drop a file.
const ImportSuccess = lazy(() =>
  import("./import-outcome").then((m) => ({ default: m.ImportSuccess })),
);
const ImportFailure = lazy(() =>
  import("./import-outcome").then((m) => ({ default: m.ImportFailure })),
);

const isFailure = (result: ImportResult): result is Failure =>
  result.kind !== "imported" && result.kind !== "feedback";

/** Only file drags count: dragging selected text around the page must not show the overlay. */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/**
 * Drop a file (persona, card, feedback) anywhere on the window to import it. Mount once (App does).
 * The overlay is visual only: people who cannot drag have the Import dialog.
 */
export function WindowDropZone() {
  const t = useMessages(importMessages);
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
          <LazyPart>
            {result?.kind === "imported" && <ImportSuccess result={result} onDismiss={dismiss} />}
          </LazyPart>
        </div>
        <LazyPart>
          {result && isFailure(result) && <ImportFailure result={result} onDismiss={dismiss} />}
        </LazyPart>
      </div>
    </>
  );
}
