import { lazy, useState } from "react";
import { compiledOf } from "../../stores/compiled";
import { useLibrary, useOpenPersona } from "../studio-context";
import { useMessages } from "../i18n";
import { promptMessages } from "../i18n/messages/prompt";
import { LazyPart } from "../common/lazy-part";
import { useChangedLines } from "./use-changed-lines";
import "./prompt.css";

// The warning list reaches for the style meter: it loads once, just after the first paint,
// so the entry chunk carries neither the list nor the meter.
const PromptWarnings = lazy(() =>
  import("./prompt-warnings").then((m) => ({ default: m.PromptWarnings })),
);

export function PromptPanel() {
  const t = useMessages(promptMessages);
  // The compiler comes with this panel's chunk: compiled per persona snapshot, once.
  const persona = useOpenPersona();
  const compiled = persona && compiledOf(persona);
  const openId = useLibrary((s) => s.openId) ?? "";
  const { lines, changed } = useChangedLines(compiled?.systemPrompt ?? "", openId);
  const [copyStatus, setCopyStatus] = useState<"idle" | "copied" | "failed">("idle");
  if (!compiled) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(compiled.systemPrompt);
      setCopyStatus("copied");
    } catch {
      setCopyStatus("failed");
    }
  };

  return (
    // A section named by its heading: a region landmark, so nothing of the panel sits outside one.
    <section className="pr-panel" aria-labelledby="pr-title">
      <header className="pr-header">
        <h2 id="pr-title">{t.title}</h2>
        <p className="pr-meta">
          <span>{t.writtenIn(compiled.language)}</span>
          <span>{t.tokens(compiled.tokenEstimate)}</span>
          {changed.size > 0 && (
            <span className="pr-changed-count">{t.changedLines(changed.size)}</span>
          )}
        </p>
        <button type="button" className="pr-copy" onClick={copy}>
          {t.copy}
        </button>
        <p role="status" className="pr-copy-status">
          {copyStatus === "copied" ? t.copied : copyStatus === "failed" ? t.copyFailed : ""}
        </p>
      </header>
      <div role="region" aria-label={t.text} className="pr-text" tabIndex={0}>
        <pre lang={compiled.language} data-testid="system-prompt">
          {lines.map((line, i) => (
            <span key={i} className={changed.has(i) ? "pr-line pr-line-changed" : "pr-line"}>
              {line}
              {i < lines.length - 1 ? "\n" : ""}
            </span>
          ))}
        </pre>
      </div>
      <LazyPart>
        <PromptWarnings compiled={compiled} />
      </LazyPart>
    </section>
  );
}
