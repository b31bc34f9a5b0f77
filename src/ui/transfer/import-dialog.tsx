import { useId, useLayoutEffect, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from "react";
import { ImportFailure, type Failure } from "./import-outcome";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { importMessages } from "../i18n/messages/import";
import { usePersonaImport, type ImportResult } from "./use-persona-import";

interface Props {
  onClose: () => void;
  onImported: (result: Exclude<ImportResult, Failure>) => void;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind inert and closes
 * on Escape. Where showModal is missing (Safari before 15.4, jsdom) it opens non-modal and
 * Escape is handled here.
 */
export function ImportDialog({ onClose, onImported }: Props) {
  const t = useMessages(importMessages);
  const { close: closeLabel } = useMessages(commonMessages);
  const { fromText, fromFile } = usePersonaImport();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  // `attempt` remounts the alert so a screen reader announces a repeated failure again.
  const [failure, setFailure] = useState<{ result: Failure; attempt: number } | null>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === "function") element.showModal();
    else element.setAttribute("open", "");
    firstField.current?.focus();
  }, []);

  const close = () => {
    const element = dialog.current;
    // close() fires the "close" event, which calls onClose.
    if (element?.open && typeof element.close === "function") element.close();
    else onClose();
  };
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
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  return (
    <dialog ref={dialog} className="tr-dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
      <div className="tr-dialog-header">
        <h2 id={titleId} className="tr-dialog-title">
          {t.dialogTitle}
        </h2>
        <button type="button" className="cm-button" onClick={close}>
          {closeLabel}
        </button>
      </div>
      <p className="tr-hint">{t.dialogHint}</p>
      <label className="tr-field">
        <span>{t.chooseFile}</span>
        <input ref={firstField} type="file" accept=".json,.png,application/json,image/png" className="cm-field" onChange={onFile} />
      </label>
      <p className="tr-or">{t.or}</p>
      <form className="tr-paste" onSubmit={onPaste}>
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
        <button type="submit" className="cm-button cm-button-primary">
          {t.submit}
        </button>
      </form>
      {failure && <ImportFailure key={failure.attempt} result={failure.result} />}
    </dialog>
  );
}
