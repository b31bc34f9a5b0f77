import { memo } from "react";
import type { Turn } from "../stores/chat-store";
import type { UiLanguage } from "../stores/settings-store";
import { TurnView } from "../ui/chat/turn-view";
import { PREVIEW_MESSAGES } from "../ui/preview/messages";
import { RatingControls } from "./rating-controls";

interface ReviewTurnProps {
  turn: Turn;
  assistantName: string;
  lang: string;
  ui: UiLanguage;
  onRetry(turnId: string): void;
}

/** One turn, as the studio's preview shows it (plain text, run state, faults), with the client's verdict under replies. */
export const ReviewTurn = memo(function ReviewTurn({ turn, assistantName, lang, ui, onRetry }: ReviewTurnProps) {
  const t = PREVIEW_MESSAGES[ui];
  const isUser = turn.role === "user";
  return (
    <TurnView
      turn={turn}
      who={isUser ? t.you : assistantName}
      lang={lang}
      ui={ui}
      // A finished reply shows its verdict instead of "Done".
      state={isUser || turn.status === "done" ? undefined : t.status[turn.status]}
      text={t}
      belowReply={<RatingControls turnId={turn.id} reply={turn.text} />}
      onRetry={onRetry}
    />
  );
});
