import { useId, useState } from "react";
import {
  MAX_TITLE,
  addOwnScenario,
  deleteOwnScenario,
  ownScenariosOf,
  turnsFromText,
} from "../../stores/own-scenarios";
import { useStudio } from "../studio-context";
import { ExpectationsEditor } from "./expectations-editor";
import { useOpenField, usePreview } from "./use-preview";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";

/** The designer's own scenarios: a title and one user turn per line, saved into the persona. */
export function ScenarioEditor() {
  const t = useMessages(previewMessages);
  const studio = useStudio();
  const { chat } = usePreview();
  const titleId = useId();
  const turnsId = useId();
  const [title, setTitle] = useState("");
  const [lines, setLines] = useState("");
  const [status, setStatus] = useState("");
  const own = useOpenField(ownScenariosOf) ?? [];
  const lang = useOpenField((p) => p.language);

  const save = () => {
    const outcome = addOwnScenario(studio, title, turnsFromText(lines));
    if (!outcome.ok)
      return setStatus(outcome.reason === "incomplete" ? t.scenarioIncomplete : t.tooManyTurns);
    setStatus(t.scenarioSaved(title.trim()));
    setTitle("");
    setLines("");
    chat.getState().selectScenario(outcome.id);
  };

  return (
    <details className="pv-own">
      <summary>{t.ownScenarios}</summary>
      {own.length === 0 ? (
        <p className="pv-hint">{t.noOwnScenarios}</p>
      ) : (
        <ul className="pv-own-list" aria-label={t.ownScenarios}>
          {own.map((s) => (
            <li key={s.id}>
              <div className="pv-own-head">
                <span>{s.title}</span>
                <button
                  type="button"
                  aria-label={t.deleteScenario(s.title)}
                  onClick={() => deleteOwnScenario(studio, s.id)}
                >
                  ✕
                </button>
              </div>
              <ExpectationsEditor scenario={s} />
            </li>
          ))}
        </ul>
      )}
      <form
        className="pv-own-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label htmlFor={titleId}>{t.scenarioTitle}</label>
        <input
          id={titleId}
          className="cm-field"
          maxLength={MAX_TITLE}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor={turnsId}>{t.scenarioTurns}</label>
        <textarea
          id={turnsId}
          className="cm-field"
          rows={4}
          lang={lang}
          value={lines}
          onChange={(event) => setLines(event.target.value)}
        />
        <button type="submit">{t.saveScenario}</button>
        <p role="status" className="pv-hint">
          {status}
        </p>
      </form>
    </details>
  );
}
