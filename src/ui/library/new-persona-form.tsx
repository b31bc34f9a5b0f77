import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { LANGUAGES, type Language } from "../../core/persona/constants";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { libraryMessages } from "../i18n/messages/library";
import { MAX_NAME_LENGTH } from "./names";

/** The inline form behind "New persona": a name and the assistant's language. */
export function NewPersonaForm(props: {
  defaultLanguage: Language;
  onCancel: () => void;
  onSubmit: (name: string, language: Language) => void;
}) {
  const t = useMessages(libraryMessages);
  const common = useMessages(commonMessages);
  const id = useId();
  const [name, setName] = useState("");
  const [language, setLanguage] = useState<Language>(props.defaultLanguage);
  const [error, setError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return setError(true);
    props.onSubmit(name.trim(), language);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      props.onCancel();
    }
  };

  return (
    <form
      className="lib-form"
      aria-label={t.newPersona}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <label className="lib-form-field">
        <span>{t.name}</span>
        <input
          className="cm-field"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoFocus
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(false);
          }}
        />
      </label>
      {error && (
        <p id={`${id}-error`} className="lib-error">
          {t.nameRequired}
        </p>
      )}
      <label className="lib-form-field">
        <span>{t.language}</span>
        <select
          className="cm-field"
          value={language}
          onChange={(event) => setLanguage(event.target.value as Language)}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t.languages[code]}
            </option>
          ))}
        </select>
      </label>
      <div className="lib-form-actions">
        <button type="submit" className="cm-button cm-button-primary">
          {t.create}
        </button>
        <button type="button" className="cm-button" onClick={props.onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
