import { useId, useState, type KeyboardEvent } from "react";
import { useOpenField, usePreview, useRunning, useTurns } from "./use-preview";
import { usePreviewMessages } from "./messages";

/** Write a message; Enter sends, Shift+Enter starts a new line. Stop, Regenerate and Clear sit beside. */
export function Composer({ personaId }: { personaId: string }) {
  const t = usePreviewMessages();
  const { chat } = usePreview();
  const hintId = useId();
  const [draft, setDraft] = useState("");
  const lang = useOpenField((p) => p.language);
  const running = useRunning(personaId);
  const turns = useTurns(personaId);
  const last = turns.at(-1);

  const send = () => {
    if (draft.trim() === "" || running) return;
    chat.getState().send(draft);
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An IME composing a character also uses Enter: that one is not a send.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <form
      className="pv-composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        className="cm-field pv-message"
        aria-label={t.message}
        aria-describedby={hintId}
        lang={lang}
        rows={2}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="pv-hint">
        {t.messageHint}
      </p>
      <div className="pv-actions">
        <button type="submit" disabled={running || draft.trim() === ""}>
          {t.send}
        </button>
        {running && (
          <button type="button" onClick={() => chat.getState().stop()}>
            {t.stop}
          </button>
        )}
        {!running && last?.role === "assistant" && (
          <button type="button" onClick={() => chat.getState().regenerate()}>
            {t.regenerate}
          </button>
        )}
        {turns.length > 0 && (
          <button type="button" onClick={() => chat.getState().clear()}>
            {t.clear}
          </button>
        )}
      </div>
    </form>
  );
}
