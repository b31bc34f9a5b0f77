import { memo } from "react";
import type { Turn } from "../../stores/chat-store";
import { TurnView } from "../chat/turn-view";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";
import { MeterRow } from "./meter-row";

interface TurnItemProps {
  turn: Turn;
  /** The assistant's name in the persona, when it has one. */
  assistantName: string;
  lang: string;
  onRetry(turnId: string): void;
}

/** One turn of the conversation: every reply says how its run went, and a finished one gets its meter row. */
export const TurnItem = memo(function TurnItem({
  turn,
  assistantName,
  lang,
  onRetry,
}: TurnItemProps) {
  const t = useMessages(previewMessages);
  const isUser = turn.role === "user";
  return (
    <TurnView
      turn={turn}
      id={`pv-turn-${turn.id}`}
      who={isUser ? t.you : assistantName || t.assistant}
      lang={lang}
      state={
        isUser
          ? undefined
          : turn.status === "done" && turn.noOtherWording === true
            ? t.noOtherWording
            : turn.status === "done" && turn.cached
              ? t.fromCache
              : t.status[turn.status]
      }
      text={t}
      belowReply={<MeterRow text={turn.text} />}
      onRetry={onRetry}
    />
  );
});
