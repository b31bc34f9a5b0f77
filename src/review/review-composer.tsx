import { useId, useState, type KeyboardEvent } from "react";
import { PREVIEW_MESSAGES } from "../ui/preview/messages";
import { useReview, useReviewMessages, useRunning, useTurns, useUi } from "./review-context";

/** Write a message; Enter sends, Shift+Enter starts a new line. Stop while a reply is written. */
export function ReviewComposer() {
  const p = PREVIEW_MESSAGES[useUi()];
  const t = useReviewMessages();
  const { persona, preview } = useReview();
  const hintId = useId();
  const [draft, setDraft] = useState("");
  const running = useRunning();
  const hasTurns = useTurns().length > 0;

  const send = () => {
    if (draft.trim() === "" || running) return;
    preview.chat.getState().send(draft);
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
        aria-label={p.message}
        aria-describedby={hintId}
        lang={persona.language}
        rows={2}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="pv-hint">
        {p.messageHint}
      </p>
      <div className="pv-actions">
        <button type="submit" className="cm-button cm-button-primary" disabled={running || draft.trim() === ""}>
          {p.send}
        </button>
        {running && (
          <button type="button" className="cm-button" onClick={() => preview.chat.getState().stop()}>
            {p.stop}
          </button>
        )}
        {!running && hasTurns && (
          <button type="button" className="cm-button" onClick={() => preview.chat.getState().clear()}>
            {t.startOver}
          </button>
        )}
      </div>
    </form>
  );
}
