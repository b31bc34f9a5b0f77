import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import type { Persona } from "../../core/persona/schema";
import { chatCompletionsBody, snippets } from "../../core/exports";
import { endpointHost } from "../../stores/endpoint-store";
import { selectedTarget } from "../../stores/exports";
import { downloadFile } from "../common/download";
import { CopyButton } from "./copy-button";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { exportMessages } from "../i18n/messages/export";
import { Dialog } from "../common/dialog";

const TABS = ["body", "curl", "javascript", "python"] as const;
type Tab = (typeof TABS)[number];
const FILES: Record<Tab, { suffix: string; type: string }> = {
  body: { suffix: "openai-request.json", type: "application/json" },
  curl: { suffix: "request.sh", type: "text/x-shellscript" },
  javascript: { suffix: "request.mjs", type: "text/javascript" },
  python: { suffix: "request.py", type: "text/x-python" },
};

/** The request body and ready-to-run code for the endpoint chosen in the preview settings (WAI-ARIA tabs). */
export function SnippetsDialog({
  persona,
  returnFocus,
  onClose,
}: {
  persona: Persona;
  returnFocus?: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const t = useMessages(exportMessages);
  const common = useMessages(commonMessages);
  const ids = useId();
  const [tab, setTab] = useState<Tab>("curl");
  const target = useMemo(() => selectedTarget(), []);
  const texts = useMemo(() => {
    const code = snippets(persona, target);
    return {
      body: `${JSON.stringify(chatCompletionsBody(persona, target), null, 2)}\n`,
      ...code,
    } as Record<Tab, string>;
  }, [persona, target]);

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  };

  return (
    <Dialog
      title={t.snippetsTitle}
      description={t.snippetsHint(target.model, endpointHost(target.baseURL))}
      closeLabel={common.close}
      onClose={onClose}
      returnFocus={returnFocus}
      wide
      // Copy and Download act on the tab shown.
      actions={
        <>
          <CopyButton text={texts[tab]} />
          <button
            type="button"
            className="cm-button"
            onClick={() =>
              downloadFile(`${persona.id}.${FILES[tab].suffix}`, texts[tab], FILES[tab].type)
            }
          >
            {common.download}
          </button>
        </>
      }
    >
      <div role="tablist" aria-label={t.snippetsTitle} className="tr-tabs" onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${ids}-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${ids}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="tr-tab"
            onClick={() => setTab(name)}
          >
            {t.tabs[name]}
          </button>
        ))}
      </div>
      <div
        id={`${ids}-panel`}
        role="tabpanel"
        aria-labelledby={`${ids}-tab-${tab}`}
        className="tr-tabpanel"
      >
        <pre className="tr-code" tabIndex={0}>
          <code>{texts[tab]}</code>
        </pre>
      </div>
    </Dialog>
  );
}
