import { useId, useState, type FormEvent, type RefObject } from "react";
import type { Persona } from "../../core/persona/schema";
import { MAX_VERSION_NAME, MAX_VERSION_NOTE } from "../../core/versions/version-model";
import { saveVersion } from "../../stores/versions-store";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { versionsMessages } from "../i18n/messages/versions";
import { Dialog } from "../common/dialog";

interface Props {
  persona: Persona;
  returnFocus?: RefObject<HTMLElement | null>;
  onClose(): void;
  onSaved(name: string): void;
}

/** A name and an optional note; the version is the persona as it is when "Save" is pressed. */
export function SaveVersionDialog({ persona, returnFocus, onClose, onSaved }: Props) {
  const t = useMessages(versionsMessages);
  const { cancel } = useMessages(commonMessages);
  const id = useId();
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<"name" | "unavailable" | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return setProblem("name");
    setBusy(true);
    try {
      const version = await saveVersion(persona, { name, note, origin: "manual" });
      onSaved(version.name);
    } catch {
      setProblem("unavailable");
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t.saveTitle}
      description={t.saveHint}
      onClose={onClose}
      returnFocus={returnFocus}
      actions={
        <>
          <button type="button" className="cm-button" onClick={onClose}>
            {cancel}
          </button>
          <button
            type="submit"
            form={`${id}-form`}
            className="cm-button cm-button-primary"
            disabled={busy}
          >
            {t.save}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} className="vs-form" noValidate onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-name`}>{t.name}</label>
        <input
          id={`${id}-name`}
          className="cm-field"
          required
          maxLength={MAX_VERSION_NAME}
          aria-invalid={problem === "name"}
          aria-describedby={`${id}-problem`}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (problem === "name") setProblem(null);
          }}
        />
        <label htmlFor={`${id}-note`}>{t.note}</label>
        <textarea
          id={`${id}-note`}
          className="cm-field"
          rows={3}
          maxLength={MAX_VERSION_NOTE}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <p id={`${id}-problem`} role="alert" className="vs-problem">
          {problem === "name" ? t.nameRequired : problem === "unavailable" ? t.unavailable : ""}
        </p>
      </form>
    </Dialog>
  );
}
