import { useCallback } from "react";
import { ConversationList } from "../chat/conversation-list";
import { useOpenField, usePreview, useTurns } from "./use-preview";
import { usePreviewMessages } from "./use-preview-messages";
import { TurnItem } from "./turn-item";

/** The conversation as a list: each turn says who speaks and, for replies, how the run is going. */
export function ConversationView({ personaId }: { personaId: string }) {
  const t = usePreviewMessages();
  const { chat } = usePreview();
  const turns = useTurns(personaId);
  const assistantName = useOpenField((p) => p.identity.assistantName) ?? "";
  const lang = useOpenField((p) => p.language);
  const retry = useCallback((id: string) => chat.getState().retry(id), [chat]);
  return (
    <div className="pv-log">
      <ConversationList turns={turns} label={t.conversation}>
        {turns.map((turn) => (
          <TurnItem key={turn.id} turn={turn} assistantName={assistantName} lang={lang ?? ""} onRetry={retry} />
        ))}
      </ConversationList>
      {turns.length === 0 && <p className="pv-empty">{t.empty}</p>}
    </div>
  );
}
