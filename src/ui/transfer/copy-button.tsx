import { useState } from "react";
import type { ExportMessages } from "./export-messages";

/** Copies `text`, and says so (or says the browser refused: clipboard access can be denied). */
export function CopyButton({ text, t, label }: { text: string; t: ExportMessages; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <span className="tr-copy">
      <button type="button" className="cm-button" onClick={() => void copy()}>
        {label ?? t.copy}
      </button>
      <span role="status" className="tr-copy-status">
        {state === "copied" ? t.copied : state === "failed" ? t.copyFailed : ""}
      </span>
    </span>
  );
}
