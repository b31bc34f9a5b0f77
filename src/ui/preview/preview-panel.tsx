import { lazy, useRef, useState } from "react";
import { endpointHost } from "../../stores/endpoint-store";
import { Composer } from "./composer";
import { ConversationView } from "./conversation-view";
import { MeterSummary } from "./meter-summary";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";
import { ScenarioBar } from "./scenario-bar";
import { ScenarioEditor } from "./scenario-editor";
import { useEndpoint, useOpenField } from "./use-preview";
import { LazyPart } from "../common/lazy-part";
import "../common/common.css";
import "./preview.css";

// The dialog (and Radix's focus trap with it) loads when Settings is first pressed.
const SettingsDialog = lazy(() =>
  import("./settings-dialog").then((m) => ({ default: m.SettingsDialog })),
);

/** Served beside the studio by build/vite-plugin-docs.ts. */
const REHEARSAL_DOC = "docs/rehearsal.txt";

/** Which provider replies come from, said plainly: the rehearsal is not a language model. */
function ProviderLine() {
  const t = useMessages(previewMessages);
  const provider = useEndpoint((s) => s.provider);
  const model = useEndpoint((s) => s.model);
  const baseURL = useEndpoint((s) => s.baseURL);
  if (provider !== "rehearsal")
    return <p className="pv-provider">{t.runsOn(model, endpointHost(baseURL))}</p>;
  return (
    <p className="pv-provider">
      {t.offline}{" "}
      <a href={REHEARSAL_DOC} target="_blank" rel="noopener">
        {t.offlineDocs}
      </a>
    </p>
  );
}

/**
 * The conversation preview: talk to the open persona, replay scenarios (live as the sliders
 * move), and choose where replies come from. Loaded lazily by App; App's <aside> names it.
 */
export function PreviewPanel() {
  const t = useMessages(previewMessages);
  const personaId = useOpenField((p) => p.id);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const closeSettings = () => setSettingsOpen(false);

  return (
    <div className="pv-panel">
      {/* The tab above already says "Conversation": the heading is for screen readers, and
          its row goes to the conversation. */}
      <header className="pv-header">
        <h2 className="cm-visually-hidden">{t.preview}</h2>
        <ProviderLine />
        <button
          ref={settingsButton}
          type="button"
          aria-haspopup="dialog"
          onClick={() => setSettingsOpen(true)}
        >
          {t.settings}
        </button>
      </header>
      {personaId !== undefined && (
        <>
          <ScenarioBar />
          <ScenarioEditor />
          <ConversationView personaId={personaId} />
          <MeterSummary personaId={personaId} />
          <Composer personaId={personaId} />
        </>
      )}
      {settingsOpen && (
        <LazyPart>
          <SettingsDialog returnFocus={settingsButton} onClose={closeSettings} />
        </LazyPart>
      )}
    </div>
  );
}

export default PreviewPanel;
