import { useId } from "react";
import { selectedScenario } from "../../stores/chat-store";
import { scenariosOf } from "../../stores/own-scenarios";
import { useChat, useOpenField, usePreview } from "./use-preview";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";

/** Pick a scenario, replay it once, or keep it replaying live as the persona changes. */
export function ScenarioBar() {
  const t = useMessages(previewMessages);
  const { chat } = usePreview();
  const selectId = useId();
  const scenarios = useOpenField(scenariosOf) ?? [];
  const scenarioId = useChat((s) => s.scenarioId);
  const live = useChat((s) => s.live);
  const waiting = useChat((s) => s.liveWaiting);
  const selected = selectedScenario(scenarios, scenarioId);

  return (
    <div className="pv-scenarios">
      <label htmlFor={selectId}>{t.scenario}</label>
      <select
        id={selectId}
        className="cm-field"
        value={selected?.id ?? ""}
        disabled={scenarios.length === 0}
        onChange={(event) => chat.getState().selectScenario(event.target.value)}
      >
        {scenarios.length === 0 && <option value="">{t.noScenario}</option>}
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <button type="button" disabled={!selected} onClick={() => chat.getState().replay()}>
        {t.replay}
      </button>
      <button
        type="button"
        role="switch"
        aria-checked={live}
        className="pv-switch"
        onClick={() => chat.getState().setLive(!live)}
      >
        <span className="pv-switch-track" aria-hidden="true">
          <span className="pv-switch-thumb" />
        </span>
        {t.live}
      </button>
      <p role="status" className="pv-live-status">
        {live && waiting ? t.liveWaiting : ""}
      </p>
    </div>
  );
}
