import { memo } from "react";
import type { Turn } from "../stores/chat-store";
import { TurnView } from "../ui/chat/turn-view";
import { useMessages } from "../ui/i18n";
import { previewMessages } from "../ui/i18n/messages/preview";
import { RatingControls } from "./rating-controls";

interface ReviewTurnProps {
  turn: Turn;
  assistantName: string;
  lang: string;
  onRetry(turnId: string): void;
}

/** One turn, as the studio's preview shows it (plain text, run state, faults), with the client's verdict under replies. */
export const ReviewTurn = memo(function ReviewTurn({
  turn,
  assistantName,
  lang,
  onRetry,
}: ReviewTurnProps) {
  const t = useMessages(previewMessages);
  const isUser = turn.role === "user";
  return (
    <TurnView
      turn={turn}
      who={isUser ? t.you : assistantName}
      lang={lang}
      // A finished reply shows its verdict instead of "Done".
      state={isUser || turn.status === "done" ? undefined : t.status[turn.status]}
      text={t}
      belowReply={<RatingControls turnId={turn.id} reply={turn.text} />}
      onRetry={onRetry}
    />
  );
});
