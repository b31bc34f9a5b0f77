import { useState } from "react";
import type { TestRun } from "../../core/persona-tests/types";
import { testRunFile, type TestExportKind } from "../../stores/tests-store-exports";
import { downloadFile } from "../common/download";
import { useMessages, useUiLanguage } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { useTests } from "./use-tests";

/** The run with the drift result of the same persona, as the reporters take it. */
function useExportedRun(personaId: string): TestRun | undefined {
  const kept = useTests((s) => s.kept[personaId]);
  const drift = useTests((s) => (s.drift.personaId === personaId ? s.drift.result : null));
  if (!kept) return undefined;
  return { ...kept.run, ...(drift ? { drift: [drift] } : {}) };
}

/** JSON, JUnit XML and the HTML report of the last finished (or cancelled) run. */
export function ExportBar({ personaId }: { personaId: string }) {
  const t = useMessages(testsMessages);
  const language = useUiLanguage();
  const run = useExportedRun(personaId);
  const running = useTests((s) => s.status === "running" && s.runPersonaId === personaId);
  const [failed, setFailed] = useState(false);
  if (!run || run.results.length === 0) return null;

  const save = async (kind: TestExportKind) => {
    try {
      const file = await testRunFile(run, kind, language);
      downloadFile(file.filename, file.content, file.type);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const labels: Record<TestExportKind, string> = {
    json: t.exportJson,
    junit: t.exportJunit,
    html: t.exportHtml,
  };
  return (
    <div role="group" aria-label={t.exportTitle} className="tt-exports">
      <span className="tt-exports-title">{t.exportTitle}</span>
      {(Object.keys(labels) as TestExportKind[]).map((kind) => (
        <button
          key={kind}
          type="button"
          className="cm-button"
          disabled={running}
          onClick={() => void save(kind)}
        >
          {labels[kind]}
        </button>
      ))}
      {failed && <p role="alert">{t.exportFailed}</p>}
    </div>
  );
}
