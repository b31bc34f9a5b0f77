import { MessageComposer } from "../ui/chat/message-composer";
import { PREVIEW_MESSAGES } from "../ui/preview/messages";
import { useReview, useReviewMessages, useRunning, useTurns, useUi } from "./review-context";

const BUTTON_CLASS = { send: "cm-button cm-button-primary", stop: "cm-button" };

/** Write a message; Enter sends, Shift+Enter starts a new line. Stop while a reply is written. */
export function ReviewComposer() {
  const p = PREVIEW_MESSAGES[useUi()];
  const t = useReviewMessages();
  const { persona, preview } = useReview();
  const running = useRunning();
  const hasTurns = useTurns().length > 0;
  const { chat } = preview;

  return (
    <MessageComposer
      text={p}
      lang={persona.language}
      running={running}
      onSend={(message) => chat.getState().send(message)}
      onStop={() => chat.getState().stop()}
      buttonClass={BUTTON_CLASS}
    >
      {!running && hasTurns && (
        <button type="button" className="cm-button" onClick={() => chat.getState().clear()}>
          {t.startOver}
        </button>
      )}
    </MessageComposer>
  );
}
