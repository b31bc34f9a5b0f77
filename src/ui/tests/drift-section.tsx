import { useMemo } from "react";
import { testCasesFor } from "../../core/persona-tests/runner";
import { endpointHost } from "../../stores/endpoint-store";
import { ownScenariosOf } from "../../stores/own-scenarios";
import { MAX_TURNS, OFFLINE_KEY, modelKey } from "../../stores/tests-store";
import { useOpenPersona } from "../studio-context";
import { useMessages, useUiLanguage } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { useEndpoint } from "../preview/use-preview";
import { DriftChart } from "./drift-chart";
import { NumberField } from "./number-field";
import { useEndpointModels } from "./target-picker";
import { useTests, useTestsStore } from "./use-tests";
import { driftSentence, type DriftDimension } from "./drift-words";

function DriftCharts({ personaId }: { personaId: string }) {
  const t = useMessages(testsMessages);
  const language = useUiLanguage();
  const drift = useTests((s) => s.drift);
  if (drift.personaId !== personaId || drift.status === "idle") return null;
  const result = drift.result;
  const dimensions = (
    result
      ? Object.keys(result.targets)
      : [...new Set(drift.live.flatMap((turn) => turn.readings.map((r) => r.dimension)))]
  ) as DriftDimension[];
  return (
    <>
      <p role="status" className="tt-status">
        {drift.status === "running"
          ? t.driftRunning(drift.live.length, drift.turns)
          : drift.status === "cancelled"
            ? t.driftCancelled
            : drift.status === "error"
              ? (result?.error?.message ?? t.driftError)
              : result && result.firstDrifts.length === 0
                ? t.driftHeld
                : result?.firstDrifts.map((d) => driftSentence(d, t, language)).join(" · ")}
      </p>
      <div className="tt-charts">
        {dimensions.map((dimension) => (
          <DriftChart
            key={dimension}
            dimension={dimension}
            target={result?.targets[dimension]}
            turns={drift.live}
            total={drift.turns}
            firstDrift={result?.firstDrifts.find((d) => d.dimension === dimension)}
          />
        ))}
      </div>
    </>
  );
}

/** A long conversation on one target, and a chart per dimension of how its replies read. */
export function DriftSection() {
  const t = useMessages(testsMessages);
  const store = useTestsStore();
  const persona = useOpenPersona();
  const turns = useTests((s) => s.drift.turns);
  const scenarioId = useTests((s) => s.drift.scenarioId);
  const target = useTests((s) => s.drift.target);
  const running = useTests((s) => s.drift.status === "running");
  const host = endpointHost(useEndpoint((s) => s.baseURL));
  const models = useEndpointModels();
  // Keyed on what the scenarios come from, not on every slider step.
  const language = persona?.language;
  const extensions = persona?.extensions;
  const cases = useMemo(
    () => (persona ? testCasesFor(persona, ownScenariosOf(persona)) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, extensions],
  );
  if (!persona) return null;
  const set = store.getState().setDrift;

  return (
    <section className="tt-drift" aria-labelledby="tt-drift-heading">
      <h3 id="tt-drift-heading">{t.drift}</h3>
      <p className="tt-note">{t.driftIntro}</p>
      <div className="tt-drift-controls">
        <NumberField
          label={t.driftTurns}
          value={turns}
          min={1}
          max={MAX_TURNS}
          disabled={running}
          onChange={(value) => set({ turns: value })}
        />
        <label>
          {t.driftScenario}
          <select
            value={scenarioId ?? cases[0]?.scenarioId ?? ""}
            disabled={running}
            onChange={(event) => set({ scenarioId: event.target.value })}
          >
            {cases.map((c) => (
              <option key={c.scenarioId} value={c.scenarioId}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.driftTarget}
          <select
            value={target}
            disabled={running}
            onChange={(event) => set({ target: event.target.value })}
          >
            <option value={OFFLINE_KEY}>{t.offline}</option>
            {models.map((model) => (
              <option key={model} value={modelKey(model)}>
                {t.onEndpoint(model, host)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="cm-button cm-button-primary"
          disabled={running}
          onClick={() => void store.getState().runDrift()}
        >
          {t.runDrift}
        </button>
        {running && (
          <button
            type="button"
            className="cm-button"
            onClick={() => store.getState().cancelDrift()}
          >
            {t.cancelDrift}
          </button>
        )}
      </div>
      <DriftCharts personaId={persona.id} />
    </section>
  );
}
