import { MessageComposer } from "../chat/message-composer";
import { useOpenField, usePreview, useRunning, useTurns } from "./use-preview";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";

/** Write a message; Enter sends, Shift+Enter starts a new line. Stop, Regenerate and Clear sit beside. */
export function Composer({ personaId }: { personaId: string }) {
  const t = useMessages(previewMessages);
  const { chat } = usePreview();
  const lang = useOpenField((p) => p.language);
  const running = useRunning(personaId);
  const turns = useTurns(personaId);
  const last = turns.at(-1);

  return (
    <MessageComposer
      text={t}
      lang={lang}
      running={running}
      onSend={(message) => chat.getState().send(message)}
      onStop={() => chat.getState().stop()}
    >
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
    </MessageComposer>
  );
}
