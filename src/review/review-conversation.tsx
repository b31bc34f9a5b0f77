import { useCallback } from "react";
import { ConversationList } from "../ui/chat/conversation-list";
import { useMessages } from "../ui/i18n";
import { previewMessages } from "../ui/i18n/messages/preview";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useChat, useReview, useTurns } from "./review-context";
import { ReviewTurn } from "./review-turn";

/** The greeting, then the conversation; a finished reply is announced to screen readers. */
export function ReviewConversation() {
  const t = useMessages(reviewMessages);
  const p = useMessages(previewMessages);
  const { persona, preview } = useReview();
  const turns = useTurns();
  const status = useChat((s) => s.status);
  const name = persona.identity.assistantName;
  const retry = useCallback((id: string) => preview.chat.getState().retry(id), [preview]);
  const greeting = persona.greeting?.trim() ?? "";

  return (
    <div className="rv-log">
      <ConversationList turns={turns} label={t.conversation} className="rv-conversation">
        {greeting !== "" && (
          <li className="pv-turn pv-turn-assistant rv-greeting" aria-label={name}>
            <p className="pv-who">{name}</p>
            <p className="pv-text" lang={persona.language}>
              {greeting}
            </p>
          </li>
        )}
        {turns.map((turn) => (
          <ReviewTurn
            key={turn.id}
            turn={turn}
            assistantName={name}
            lang={persona.language}
            onRetry={retry}
          />
        ))}
      </ConversationList>
      {turns.length === 0 && <p className="rv-empty">{t.empty}</p>}
      <p role="status" className="cm-visually-hidden">
        {status === "done" && turns.length > 0
          ? t.replied(name)
          : status === "streaming"
            ? p.status.streaming
            : ""}
      </p>
    </div>
  );
}
