import { useEffect, useMemo } from "react";
import { personaVersion } from "../../core/persona-tests/runner";
import { useOpenPersona } from "../studio-context";
import { useMessages } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { DriftSection } from "./drift-section";
import { ExportBar } from "./export-bar";
import { ResultsTable } from "./results-table";
import { RunBar } from "./run-bar";
import { TargetPicker } from "./target-picker";
import { TargetSummaries } from "./target-summaries";
import { useEndpoint, useOpenField } from "../preview/use-preview";
import { useTests, useTestsStore } from "./use-tests";
import "../common/common.css";
import "./tests.css";

/** Results of an earlier version stay on screen, said to be so. */
function EarlierVersionNote({ personaId }: { personaId: string }) {
  const t = useMessages(testsMessages);
  const persona = useOpenPersona();
  const ranOn = useTests((s) =>
    s.status === "running" && s.runPersonaId === personaId
      ? undefined
      : s.kept[personaId]?.run.personaVersion,
  );
  const version = useMemo(() => persona && personaVersion(persona), [persona]);
  if (ranOn === undefined || ranOn === version) return null;
  return <p className="tt-earlier">{t.earlier}</p>;
}

/**
 * The Tests view: persona tests on the chosen targets, the results matrix, exports and the
 * drift charts. Loaded lazily by App, like the preview; App's section names it.
 */
export function TestsPanel() {
  const t = useMessages(testsMessages);
  const store = useTestsStore();
  const endpoint = useEndpoint((s) => s.provider === "openai-compatible");
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => store.getState().preload(endpoint));
  }, [store, endpoint]);
  // The id only: the panel need not re-render on every slider step.
  const personaId = useOpenField((p) => p.id);
  return (
    <div className="tt-panel">
      <h2>{t.tests}</h2>
      <p className="tt-note">{t.intro}</p>
      {personaId !== undefined && (
        <>
          <TargetPicker />
          <RunBar />
          <EarlierVersionNote personaId={personaId} />
          <TargetSummaries personaId={personaId} />
          <ExportBar personaId={personaId} />
          <ResultsTable personaId={personaId} />
          <DriftSection />
        </>
      )}
    </div>
  );
}

export default TestsPanel;
