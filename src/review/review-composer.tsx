import { MessageComposer } from "../ui/chat/message-composer";
import { useMessages } from "../ui/i18n";
import { previewMessages } from "../ui/i18n/messages/preview";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useReview, useRunning, useTurns } from "./review-context";

const BUTTON_CLASS = { send: "cm-button cm-button-primary", stop: "cm-button" };

/** Write a message; Enter sends, Shift+Enter starts a new line. Stop while a reply is written. */
export function ReviewComposer() {
  const p = useMessages(previewMessages);
  const t = useMessages(reviewMessages);
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
