import { useId, useState, type ChangeEvent, type FormEvent, type RefObject } from "react";
import { Dialog } from "../common/dialog";
import { ImportFailure, type Failure } from "./import-outcome";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { importMessages } from "../i18n/messages/import";
import { usePersonaImport, type ImportResult } from "./use-persona-import";

interface Props {
  /** The button that opened it: focus goes back there. */
  returnFocus: RefObject<HTMLElement | null>;
  onClose: () => void;
  onImported: (result: Exclude<ImportResult, Failure>) => void;
}

/** Pick a persona file, a card or feedback, or paste JSON; what went wrong stays in the dialog. */
export function ImportDialog({ returnFocus, onClose, onImported }: Props) {
  const t = useMessages(importMessages);
  const { close: closeLabel } = useMessages(commonMessages);
  const { fromText, fromFile } = usePersonaImport();
  const formId = useId();
  const [text, setText] = useState("");
  // `attempt` remounts the alert so a screen reader announces a repeated failure again.
  const [failure, setFailure] = useState<{ result: Failure; attempt: number } | null>(null);

  const settle = (result: ImportResult) => {
    if (result.kind === "imported" || result.kind === "feedback") onImported(result);
    else setFailure((previous) => ({ result, attempt: (previous?.attempt ?? 0) + 1 }));
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = await fromFile(file);
    // Lets the same file be picked again after fixing it.
    input.value = "";
    settle(result);
  };
  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    void fromText(text, null).then(settle);
  };

  return (
    <Dialog
      title={t.dialogTitle}
      description={t.dialogHint}
      closeLabel={closeLabel}
      onClose={onClose}
      returnFocus={returnFocus}
      actions={
        // Submits the paste box, from the actions row that stays in view.
        <button type="submit" form={formId} className="cm-button cm-button-primary">
          {t.submit}
        </button>
      }
    >
      <label className="tr-field">
        <span>{t.chooseFile}</span>
        <input
          type="file"
          accept=".json,.png,application/json,image/png"
          className="cm-field"
          onChange={onFile}
        />
      </label>
      <p className="tr-or">{t.or}</p>
      <form id={formId} className="tr-paste" onSubmit={onPaste}>
        <label className="tr-field">
          <span>{t.pasteJson}</span>
          <textarea
            className="cm-field tr-textarea"
            rows={8}
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
      </form>
      {failure && <ImportFailure key={failure.attempt} result={failure.result} />}
    </Dialog>
  );
}
