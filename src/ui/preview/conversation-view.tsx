import { useCallback, useLayoutEffect, useRef } from "react";
import { useOpenField, usePreview, useTurns } from "./use-preview";
import { usePreviewMessages } from "./messages";
import { TurnItem } from "./turn-item";

/** The conversation as a list: each turn says who speaks and, for replies, how the run is going. */
export function ConversationView({ personaId }: { personaId: string }) {
  const t = usePreviewMessages();
  const { chat } = usePreview();
  const turns = useTurns(personaId);
  const assistantName = useOpenField((p) => p.identity.assistantName) ?? "";
  const lang = useOpenField((p) => p.language);
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  // Follow the reply being written, unless the designer scrolled up to read an earlier turn.
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current && turns.length > 0) el.scrollTop = el.scrollHeight;
  }, [turns]);
  const retry = useCallback((id: string) => chat.getState().retry(id), [chat]);
  return (
    <div className="pv-log">
      <ol
        ref={list}
        className="pv-conversation"
        aria-label={t.conversation}
        onScroll={(event) => {
          const el = event.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        {turns.map((turn) => (
          <TurnItem key={turn.id} turn={turn} assistantName={assistantName} lang={lang ?? ""} onRetry={retry} />
        ))}
      </ol>
      {turns.length === 0 && <p className="pv-empty">{t.empty}</p>}
    </div>
  );
}
