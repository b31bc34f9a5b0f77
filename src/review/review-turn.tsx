import { memo } from "react";
import { describeProviderError } from "../providers/errors";
import type { Turn } from "../stores/chat-store";
import type { UiLanguage } from "../stores/settings-store";
import { PREVIEW_MESSAGES } from "../ui/preview/messages";
import { RatingControls } from "./rating-controls";

const ICONS: Record<Turn["status"], string> = { queued: "◷", streaming: "✎", done: "✓", error: "⚠", stopped: "■" };

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
  const who = isUser ? t.you : assistantName;
  const problem = turn.status === "error" ? describeProviderError(turn.error, ui) : undefined;
  return (
    <li className={`pv-turn pv-turn-${turn.role} pv-turn-${turn.status}`} aria-label={who} aria-busy={turn.status === "streaming"}>
      <p className="pv-who">{who}</p>
      {turn.text !== "" && (
        <p className="pv-text" lang={lang}>
          {turn.text}
        </p>
      )}
      {!isUser && turn.status !== "done" && (
        <p className="pv-state">
          <span aria-hidden="true">{ICONS[turn.status]}</span> {t.status[turn.status]}
        </p>
      )}
      {!isUser && turn.status === "done" && turn.text !== "" && <RatingControls turnId={turn.id} reply={turn.text} />}
      {problem && (
        <div className="pv-fault">
          <p className="pv-fault-title">{problem.title}</p>
          <p>{problem.detail}</p>
          {turn.text !== "" && <p className="pv-interrupted">{t.interrupted}</p>}
          <button type="button" onClick={() => onRetry(turn.id)}>
            {t.retry}
          </button>
        </div>
      )}
    </li>
  );
});
