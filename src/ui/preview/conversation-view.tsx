import { useCallback } from "react";
import { ConversationList } from "../chat/conversation-list";
import { useOpenField, usePreview, useTurns } from "./use-preview";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";
import { TurnItem } from "./turn-item";

/** The conversation as a list: each turn says who speaks and, for replies, how the run is going. */
export function ConversationView({ personaId }: { personaId: string }) {
  const t = useMessages(previewMessages);
  const { chat } = usePreview();
  const turns = useTurns(personaId);
  const assistantName = useOpenField((p) => p.identity.assistantName) ?? "";
  const lang = useOpenField((p) => p.language);
  const retry = useCallback((id: string) => chat.getState().retry(id), [chat]);
  return (
    <div className="pv-log">
      <ConversationList turns={turns} label={t.conversation}>
        {turns.map((turn) => (
          <TurnItem
            key={turn.id}
            turn={turn}
            assistantName={assistantName}
            lang={lang ?? ""}
            onRetry={retry}
          />
        ))}
      </ConversationList>
      {turns.length === 0 && <p className="pv-empty">{t.empty}</p>}
    </div>
  );
}
