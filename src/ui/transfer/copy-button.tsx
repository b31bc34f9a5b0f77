import { useState } from "react";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { exportMessages } from "../i18n/messages/export";

/** Copies `text`, and says so (or says the browser refused: clipboard access can be denied). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useMessages(exportMessages);
  const { copy: copyLabel } = useMessages(commonMessages);
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
        {label ?? copyLabel}
      </button>
      <span role="status" className="tr-copy-status">
        {state === "copied" ? t.copied : state === "failed" ? t.copyFailed : ""}
      </span>
    </span>
  );
}
