import { memo } from "react";
import type { Turn } from "../../stores/chat-store";
import { describeProviderError } from "../../providers/errors";
import { useUiLanguage } from "../studio-context";
import { usePreviewMessages } from "./messages";
import { MeterRow } from "./meter-row";

const ICONS: Record<Turn["status"], string> = {
  queued: "◷",
  streaming: "✎",
  done: "✓",
  error: "⚠",
  stopped: "■",
};

interface TurnItemProps {
  turn: Turn;
  /** The assistant's name in the persona, when it has one. */
  assistantName: string;
  lang: string;
  onRetry(turnId: string): void;
}

/**
 * One turn of the conversation. Replies are plain text: React escapes it, and `pre-wrap`
 * keeps the model's line breaks, so no HTML from a model ever reaches the page.
 */
export const TurnItem = memo(function TurnItem({ turn, assistantName, lang, onRetry }: TurnItemProps) {
  const t = usePreviewMessages();
  const [ui] = useUiLanguage();
  const isUser = turn.role === "user";
  const who = isUser ? t.you : assistantName || t.assistant;
  const problem = turn.status === "error" ? describeProviderError(turn.error, ui) : undefined;
  return (
    <li
      id={`pv-turn-${turn.id}`}
      tabIndex={-1}
      className={`pv-turn pv-turn-${turn.role} pv-turn-${turn.status}`}
      aria-label={who}
      aria-busy={turn.status === "streaming"}
    >
      <p className="pv-who">{who}</p>
      {turn.text !== "" && (
        <p className="pv-text" lang={lang}>
          {turn.text}
        </p>
      )}
      {!isUser && (
        <p className="pv-state">
          <span aria-hidden="true" className="pv-state-icon">
            {ICONS[turn.status]}
          </span>{" "}
          {turn.status === "done" && turn.cached ? t.fromCache : t.status[turn.status]}
        </p>
      )}
      {!isUser && turn.status === "done" && turn.text !== "" && <MeterRow text={turn.text} />}
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
