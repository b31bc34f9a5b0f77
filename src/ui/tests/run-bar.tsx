import {
  hasFailures,
  MAX_CONCURRENCY,
  modelKey,
  OFFLINE_KEY,
  secondsLeft,
} from "../../stores/tests-store";
import { useMessages } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { useOpenField } from "../preview/use-preview";
import { NumberField } from "./number-field";
import { useEndpointModels } from "./target-picker";
import { useTests, useTestsStore } from "./use-tests";

/** "12 of 50 turns · about 20 s left", as a progressbar screen readers can read. */
function ProgressLine() {
  const t = useMessages(testsMessages);
  const progress = useTests((s) => s.progress);
  const status = useTests((s) => s.status);
  const { done, total } = progress;
  const left = status === "running" ? secondsLeft(progress) : undefined;
  const text = [t.progressText(done, total), left === undefined ? "" : t.timeLeft(left)]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="tt-progress">
      <div
        role="progressbar"
        aria-label={t.progress}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="tt-progress-track"
      >
        <div
          className="tt-progress-fill"
          style={{ width: total === 0 ? 0 : `${(100 * done) / total}%` }}
        />
      </div>
      <span className="tt-progress-text">{text}</span>
    </div>
  );
}

/** Run tests, Cancel, Re-run failed, how many conversations at once, and where the run is. */
export function RunBar() {
  const t = useMessages(testsMessages);
  const store = useTestsStore();
  const personaId = useOpenField((p) => p.id);
  const status = useTests((s) => s.status);
  const concurrency = useTests((s) => s.concurrency);
  const running = status === "running";
  const failures = useTests((s) => {
    const kept = personaId === undefined ? undefined : s.kept[personaId];
    return kept !== undefined && hasFailures(kept.run);
  });
  const ownRun = useTests((s) => s.runPersonaId === personaId);
  const keys = [OFFLINE_KEY, ...useEndpointModels().map(modelKey)];
  const noTarget = useTests((s) => keys.every((key) => s.unchosen.includes(key)));

  return (
    <div className="tt-run">
      <div className="tt-run-buttons">
        <span className="tt-concurrency">
          <NumberField
            label={t.concurrency}
            value={concurrency}
            min={1}
            max={MAX_CONCURRENCY}
            disabled={running}
            onChange={(value) => store.getState().setConcurrency(value)}
          />
        </span>
        <button
          type="button"
          className="cm-button cm-button-primary"
          disabled={running || noTarget}
          onClick={() => void store.getState().run()}
        >
          {t.run}
        </button>
        <button
          type="button"
          className="cm-button"
          disabled={!running}
          onClick={() => store.getState().cancel()}
        >
          {t.cancel}
        </button>
        <button
          type="button"
          className="cm-button"
          disabled={running || !failures}
          onClick={() => void store.getState().rerunFailed()}
        >
          {t.rerunFailed}
        </button>
      </div>
      {noTarget && <p className="tt-note">{t.noTarget}</p>}
      {ownRun && status !== "idle" && (
        <>
          <ProgressLine />
          <p role="status" className="tt-status">
            {t.status[status]}
          </p>
        </>
      )}
    </div>
  );
}
