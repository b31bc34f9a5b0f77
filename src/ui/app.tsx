import { lazy, type ReactNode, useEffect, useId, useLayoutEffect, useState } from "react";
import { useStudio } from "./studio-context";
import { useMessages, useUiLanguage } from "./i18n";
import { commonMessages } from "./i18n/messages/common";
import { shellMessages } from "./i18n/messages/shell";
import { workbenchMessages } from "./i18n/messages/workbench";
import { LazyPart } from "./common/lazy-part";
import { Header } from "./shell/header";
import { useUndoShortcuts } from "./shell/use-undo-shortcuts";
import { useLiveAtStart } from "./shell/use-live-at-start";
import { ColumnTabs, type ColumnTab } from "./shell/column-tabs";
import { useMediaQuery } from "./shell/use-media-query";
import { LibraryPanel } from "./library/library-panel";
import { VoicePanel } from "./editor/voice-panel";
import { Notices } from "./common/notices";
import { WindowDropZone } from "./transfer/window-drop-zone";
import { FeedbackHost } from "./feedback/feedback-host";
import "./shell/shell.css";

// Each tab but Voice loads its code when it is first opened (Radix unmounts an inactive tab).
// The identity panel is the only one that validates with zod.
const IdentityPanel = lazy(() =>
  import("./editor/identity-panel").then((m) => ({ default: m.IdentityPanel })),
);
// The preview brings the chat engine, the rehearsal and (on demand) the openai SDK: its own chunks.
const PreviewPanel = lazy(() => import("./preview/preview-panel"));
const PromptPanel = lazy(() =>
  import("./prompt/prompt-panel").then((m) => ({ default: m.PromptPanel })),
);
// Persona tests bring the runner, the checks and the reporters: their own chunks too.
const TestsPanel = lazy(() => import("./tests/tests-panel"));

/** Below this width the columns give way to one row of tabs (a phone held upright). */
const PHONE = "(max-width: 720px)";
/** From this width the library fits open beside the two columns; below, it starts folded. */
const ROOMY = "(min-width: 1400px)";

type EditorTab = "voice" | "identity";
type OutputTab = "conversation" | "prompt" | "tests";

export function App() {
  const studio = useStudio();
  const ui = useUiLanguage();
  useUndoShortcuts(studio);
  useEffect(() => {
    studio.ensureStarted(ui);
    // Only on first mount: later language switches must not open another persona.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [studio]);
  useEffect(() => studio.connectTabs(window), [studio]);
  useLiveAtStart(studio);
  // Before paint, with the text it describes.
  useLayoutEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);

  return (
    <div className="sh-app">
      <Header />
      <Notices />
      <WindowDropZone />
      <FeedbackHost />
      <Workbench />
    </div>
  );
}

/**
 * The library (collapsible), the editor's column (Voice | Identity) and the output column
 * (Conversation | Prompt | Tests), side by side; on a phone, one row of tabs.
 */
function Workbench() {
  const t = useMessages(shellMessages);
  const w = useMessages(workbenchMessages);
  const loading = <p role="status">{useMessages(commonMessages).loading}</p>;
  const phone = useMediaQuery(PHONE);
  const [editorTab, setEditorTab] = useState<EditorTab>("voice");
  const [outputTab, setOutputTab] = useState<OutputTab>("conversation");
  const [phoneTab, setPhoneTab] = useState<EditorTab | OutputTab>("voice");

  const lazyPart = (part: ReactNode) => <LazyPart loading={loading}>{part}</LazyPart>;
  const voice: ColumnTab = {
    id: "voice",
    label: w.voiceTab,
    content: (
      <section aria-label={t.voice} className="sh-card">
        <VoicePanel />
      </section>
    ),
  };
  const identity: ColumnTab = {
    id: "identity",
    label: w.identityTab,
    content: (
      <section aria-label={t.identity} className="sh-card">
        {lazyPart(<IdentityPanel />)}
      </section>
    ),
  };
  // Beside the editor the whole output column is the "Preview" landmark; on a phone, inside
  // <main> (where a complementary landmark may not be), the conversation is a region of it.
  const conversation: ColumnTab = {
    id: "conversation",
    label: w.conversationTab,
    fill: !phone,
    content: phone ? (
      <section className="sh-card sh-preview" aria-label={t.preview}>
        {lazyPart(<PreviewPanel />)}
      </section>
    ) : (
      <div className="sh-card sh-preview">{lazyPart(<PreviewPanel />)}</div>
    ),
  };
  const prompt: ColumnTab = {
    id: "prompt",
    label: w.promptTab,
    content: <div className="sh-card">{lazyPart(<PromptPanel />)}</div>,
  };
  const testsTab: ColumnTab = {
    id: "tests",
    label: w.testsTab,
    content: (
      <section className="sh-card sh-tests" aria-label={w.testsTab}>
        {lazyPart(<TestsPanel />)}
      </section>
    ),
  };

  if (phone)
    return (
      <div className="sh-layout sh-layout-phone">
        <Library />
        <main className="sh-editor" aria-label={t.editor}>
          <ColumnTabs
            label={w.views}
            tabs={[voice, identity, conversation, prompt, testsTab]}
            value={phoneTab}
            onValueChange={(id) => setPhoneTab(id as EditorTab | OutputTab)}
          />
        </main>
      </div>
    );
  return (
    <div className="sh-layout">
      <Library />
      <main className="sh-editor" aria-label={t.editor}>
        <ColumnTabs
          label={w.editorSections}
          tabs={[voice, identity]}
          value={editorTab}
          onValueChange={(id) => setEditorTab(id as EditorTab)}
        />
      </main>
      <aside className="sh-output" aria-label={t.preview}>
        <ColumnTabs
          label={w.outputSections}
          tabs={[conversation, prompt, testsTab]}
          value={outputTab}
          onValueChange={(id) => setOutputTab(id as OutputTab)}
        />
      </aside>
    </div>
  );
}

/** The library beside the columns, folded to a button when the designer wants the room. */
function Library() {
  const t = useMessages(shellMessages);
  const w = useMessages(workbenchMessages);
  const roomy = useMediaQuery(ROOMY);
  const [open, setOpen] = useState<boolean | null>(null);
  const bodyId = useId();
  // Open where it leaves the columns their room, folded elsewhere, until the designer decides.
  const shown = open ?? roomy;
  return (
    <aside className="sh-library" aria-label={t.library} data-open={shown}>
      <button
        type="button"
        className="sh-library-toggle"
        aria-expanded={shown}
        aria-controls={bodyId}
        onClick={() => setOpen(!shown)}
      >
        <span aria-hidden="true">{shown ? "«" : "»"}</span>{" "}
        <span className={shown ? "" : "sh-library-toggle-text"}>
          {shown ? w.hideLibrary : w.showLibrary}
        </span>
      </button>
      <div id={bodyId} className="sh-library-body" hidden={!shown}>
        {shown && <LibraryPanel />}
      </div>
    </aside>
  );
}
