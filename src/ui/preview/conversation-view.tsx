import { Suspense, lazy, useCallback, useState } from "react";
import type { Turn } from "../../stores/chat-store";
import { ConversationList } from "../chat/conversation-list";
import type { TurnRow } from "../chat/turn-view";
import { useOpenField, usePreview, useTurns } from "./use-preview";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";
import { TurnItem } from "./turn-item";
import { VIRTUAL_FROM } from "./virtual-from";

// The virtualizer comes only with a long conversation: the first screen has a short one.
const VirtualTurns = lazy(() =>
  import("./virtual-turns").then((m) => ({ default: m.VirtualTurns })),
);

/**
 * The conversation as a list: each turn says who speaks and, for replies, how the run is
 * going. A long conversation is drawn virtually (only the turns near the view).
 */
export function ConversationView({ personaId }: { personaId: string }) {
  const t = useMessages(previewMessages);
  const { chat } = usePreview();
  const turns = useTurns(personaId);
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const assistantName = useOpenField((p) => p.identity.assistantName) ?? "";
  const lang = useOpenField((p) => p.language);
  const retry = useCallback((id: string) => chat.getState().retry(id), [chat]);
  const item = (turn: Turn, row?: TurnRow) => (
    <TurnItem
      key={turn.id}
      turn={turn}
      assistantName={assistantName}
      lang={lang ?? ""}
      rowIndex={row?.index}
      setSize={row?.setSize}
      measure={row?.ref}
      onRetry={retry}
    />
  );
  const virtual = turns.length >= VIRTUAL_FROM;
  return (
    <div className="pv-log">
      <ConversationList
        turns={turns}
        label={t.conversation}
        onList={setList}
        className={virtual ? "pv-virtual" : undefined}
      >
        {virtual ? (
          // Every turn is drawn while the virtualizer's code arrives, as below VIRTUAL_FROM.
          <Suspense fallback={turns.map((turn) => item(turn))}>
            <VirtualTurns turns={turns} scroller={list}>
              {item}
            </VirtualTurns>
          </Suspense>
        ) : (
          turns.map((turn) => item(turn))
        )}
      </ConversationList>
      {turns.length === 0 && <p className="pv-empty">{t.empty}</p>}
    </div>
  );
}
