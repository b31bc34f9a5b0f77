import { useId, useState, type KeyboardEvent, type ReactNode } from "react";

interface MessageComposerProps {
  text: { message: string; messageHint: string; send: string; stop: string };
  /** The persona's language: what the message is written in. */
  lang: string | undefined;
  /** A reply is being written: Send waits, Stop shows. */
  running: boolean;
  onSend(message: string): void;
  onStop(): void;
  /** The Send and Stop buttons' classes, where a page draws its buttons as cm-buttons. */
  buttonClass?: { send: string; stop: string };
  /** Buttons after Send and Stop (Regenerate and Clear in the studio, Start over on the review page). */
  children?: ReactNode;
}

/**
 * Write a message; Enter sends, Shift+Enter starts a new line. Shared by the studio's preview
 * and the review page, so it knows neither: the page passes its strings and its chat's actions.
 */
export function MessageComposer({
  text,
  lang,
  running,
  onSend,
  onStop,
  buttonClass,
  children,
}: MessageComposerProps) {
  const hintId = useId();
  const [draft, setDraft] = useState("");

  const send = () => {
    if (draft.trim() === "" || running) return;
    onSend(draft);
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
        aria-label={text.message}
        aria-describedby={hintId}
        lang={lang}
        rows={2}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {/* The keys' hint beside the buttons, not on a row of its own: the conversation above
          gets the height (1280×720 is the common laptop screen). */}
      <div className="pv-composer-foot">
        <div className="pv-actions">
          <button
            type="submit"
            className={buttonClass?.send}
            disabled={running || draft.trim() === ""}
          >
            {text.send}
          </button>
          {running && (
            <button type="button" className={buttonClass?.stop} onClick={onStop}>
              {text.stop}
            </button>
          )}
          {children}
        </div>
        <p id={hintId} className="pv-hint">
          {text.messageHint}
        </p>
      </div>
    </form>
  );
}
