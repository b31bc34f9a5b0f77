import { useCallback, useLayoutEffect, useRef } from "react";
import { PREVIEW_MESSAGES } from "../ui/preview/messages";
import { useChat, useReview, useReviewMessages, useTurns, useUi } from "./review-context";
import { ReviewTurn } from "./review-turn";

/** The greeting, then the conversation; a finished reply is announced to screen readers. */
export function ReviewConversation() {
  const t = useReviewMessages();
  const ui = useUi();
  const { persona, preview } = useReview();
  const turns = useTurns();
  const status = useChat((s) => s.status);
  const name = persona.identity.assistantName;
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  // Follow the reply being written, unless the client scrolled up to read an earlier one.
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current && turns.length > 0) el.scrollTop = el.scrollHeight;
  }, [turns]);
  const retry = useCallback((id: string) => preview.chat.getState().retry(id), [preview]);
  const greeting = persona.greeting?.trim() ?? "";

  return (
    <div className="rv-log">
      <ol
        ref={list}
        className="pv-conversation rv-conversation"
        aria-label={t.conversation}
        onScroll={(event) => {
          const el = event.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        {greeting !== "" && (
          <li className="pv-turn pv-turn-assistant rv-greeting" aria-label={name}>
            <p className="pv-who">{name}</p>
            <p className="pv-text" lang={persona.language}>
              {greeting}
            </p>
          </li>
        )}
        {turns.map((turn) => (
          <ReviewTurn key={turn.id} turn={turn} assistantName={name} lang={persona.language} ui={ui} onRetry={retry} />
        ))}
      </ol>
      {turns.length === 0 && <p className="rv-empty">{t.empty}</p>}
      <p role="status" className="cm-visually-hidden">
        {status === "done" && turns.length > 0 ? t.replied(name) : status === "streaming" ? PREVIEW_MESSAGES[ui].status.streaming : ""}
      </p>
    </div>
  );
}
