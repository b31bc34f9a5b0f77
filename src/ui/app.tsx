import { lazy, useEffect } from "react";
import { useStudio } from "./studio-context";
import { useMessages, useUiLanguage } from "./i18n";
import { commonMessages } from "./i18n/messages/common";
import { shellMessages } from "./i18n/messages/shell";
import { testsMessages } from "./i18n/messages/tests";
import { LazyPart } from "./common/lazy-part";
import { Header } from "./shell/header";
import { useUndoShortcuts } from "./shell/use-undo-shortcuts";
import { LibraryPanel } from "./library/library-panel";
import { VoicePanel } from "./editor/voice-panel";
import { PromptPanel } from "./prompt/prompt-panel";
import { Notices } from "./common/notices";
import { WindowDropZone } from "./transfer/window-drop-zone";
import { FeedbackHost } from "./feedback/feedback-host";
import "./shell/shell.css";

// Below the fold on every screen size, and the only panel that validates with zod.
const IdentityPanel = lazy(() =>
  import("./editor/identity-panel").then((m) => ({ default: m.IdentityPanel })),
);
// The preview brings the chat engine, the rehearsal and (on demand) the openai SDK: its own chunks.
const PreviewPanel = lazy(() => import("./preview/preview-panel"));
// Persona tests bring the runner, the checks and the reporters: their own chunks too.
const TestsPanel = lazy(() => import("./tests/tests-panel"));

export function App() {
  const studio = useStudio();
  const ui = useUiLanguage();
  const t = useMessages(shellMessages);
  const tests = useMessages(testsMessages).tests;
  const loading = <p role="status">{useMessages(commonMessages).loading}</p>;
  useUndoShortcuts(studio);
  useEffect(() => {
    studio.ensureStarted(ui);
    // Only on first mount: later language switches must not open another persona.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [studio]);
  useEffect(() => studio.connectTabs(window), [studio]);
  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);

  return (
    <div className="sh-app">
      <Header />
      <Notices />
      <WindowDropZone />
      <FeedbackHost />
      <div className="sh-layout">
        <aside className="sh-library" aria-label={t.library}>
          <LibraryPanel />
        </aside>
        <main className="sh-editor" aria-label={t.editor}>
          <section aria-label={t.voice} className="sh-card">
            <VoicePanel />
          </section>
          <section aria-label={t.identity} className="sh-card sh-card-deferred">
            <LazyPart loading={loading}>
              <IdentityPanel />
            </LazyPart>
          </section>
        </main>
        <div className="sh-output">
          <div className="sh-card">
            <PromptPanel />
          </div>
          <aside className="sh-card sh-preview" aria-label={t.preview}>
            <LazyPart loading={loading}>
              <PreviewPanel />
            </LazyPart>
          </aside>
        </div>
      </div>
      <section className="sh-card sh-tests" aria-label={tests}>
        <LazyPart loading={loading}>
          <TestsPanel />
        </LazyPart>
      </section>
    </div>
  );
}
