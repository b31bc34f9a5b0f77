import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import type { PersonaSummary } from "./own-persona-list";
import { useLibrary } from "../studio-context";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { libraryMessages } from "../i18n/messages/library";
import { MAX_NAME_LENGTH } from "./names";

/** Inline rename: Enter saves, Escape cancels; an empty name changes nothing. */
export function RenameForm({ persona, onDone }: { persona: PersonaSummary; onDone: () => void }) {
  const t = useMessages(libraryMessages);
  const common = useMessages(commonMessages);
  const hintId = useId();
  const rename = useLibrary((s) => s.rename);
  const [name, setName] = useState(persona.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = name.trim();
    if (next !== "" && next !== persona.name) rename(persona.id, next);
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <form className="lib-rename" onSubmit={submit} onKeyDown={onKeyDown}>
      <input
        className="cm-field lib-rename-field"
        aria-label={t.newName(persona.name)}
        aria-describedby={hintId}
        value={name}
        maxLength={MAX_NAME_LENGTH}
        lang={persona.language}
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
      />
      <span id={hintId} className="cm-visually-hidden">
        {t.renameHint}
      </span>
      <div className="lib-actions">
        <button type="submit" className="cm-button cm-button-primary">
          {common.save}
        </button>
        <button type="button" className="cm-button" onClick={onDone}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
