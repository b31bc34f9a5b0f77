import { useId } from "react";
import { setDiscloseAI, setLanguage } from "../../core/persona/edits";
import { LANGUAGES, type Language } from "../../core/persona/constants";
import { useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";

/**
 * The language the persona speaks (and its prompt is written in), which may differ from
 * the UI language: a French-speaking designer can shape an English assistant.
 */
export function PersonaLanguageSelect() {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const language = usePersonaSlice((p) => p.language);
  const id = useId();
  if (language === undefined) return null;
  return (
    <div className="ed-field">
      <label htmlFor={id} className="ed-label">
        {t.personaLanguage}
      </label>
      <select
        id={id}
        className="ed-input ed-select"
        value={language}
        onChange={(e) => studio.edit(setLanguage(e.target.value as Language))}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t.languages[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Whether the assistant says it is an AI: a native checkbox exposed as a switch. */
export function DiscloseAISwitch() {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const disclose = usePersonaSlice((p) => p.guardrails.discloseAI);
  const id = useId();
  if (disclose === undefined) return null;
  return (
    <div className="ed-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="ed-switch-input"
        checked={disclose}
        onChange={(e) => studio.edit(setDiscloseAI(e.target.checked))}
      />
      <label htmlFor={id} className="ed-label">
        {t.discloseAI}
      </label>
    </div>
  );
}
