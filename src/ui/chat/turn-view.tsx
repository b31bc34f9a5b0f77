import type { ReactNode } from "react";
import { providerFailure } from "../../providers/errors";
import type { Turn } from "../../stores/chat-store";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { providerErrorMessages } from "../i18n/messages/provider-errors";
import { failureText } from "./failure-text";

const ICONS: Record<Turn["status"], string> = {
  queued: "◷",
  streaming: "✎",
  done: "✓",
  error: "⚠",
  stopped: "■",
};

/** A turn drawn by a virtual list: its place in the whole conversation, and a ref to measure it. */
export interface TurnRow {
  index: number;
  setSize: number;
  ref(element: Element | null): void;
}

interface TurnViewProps {
  turn: Turn;
  /** Who speaks, which also names the list item: "You" or the assistant's name. */
  who: string;
  /** The persona's language, for the turn's text. */
  lang: string;
  /** How the run is going, said under the text; undefined for no such line. */
  state: string | undefined;
  text: { interrupted: string; retry: string };
  /** Makes the turn a focus target with this id (the studio's meter summary moves to replies). */
  id?: string;
  /** Shown under a finished reply only: the studio's meter row, the review's rating controls. */
  belowReply?: ReactNode;
  /** Set when a virtual list draws only some turns. */
  row?: TurnRow;
  onRetry(turnId: string): void;
}

/**
 * One turn of the conversation, shared by the studio's preview and the review page. The text
 * is plain: React escapes it, and `pre-wrap` keeps the model's line breaks, so no HTML from a
 * model ever reaches the page.
 */
export function TurnView({
  turn,
  who,
  lang,
  state,
  text,
  id,
  belowReply,
  row,
  onRetry,
}: TurnViewProps) {
  const failures = useMessages(providerErrorMessages);
  const common = useMessages(commonMessages);
  const failure = turn.status === "error" ? providerFailure(turn.error) : undefined;
  const problem = failure && failureText(failure, failures);
  // A reply queued again by a live re-run still shows its last text, and what goes with it.
  const finishedReply =
    turn.role === "assistant" &&
    (turn.status === "done" || turn.status === "queued") &&
    turn.text !== "";
  return (
    <li
      id={id}
      tabIndex={id === undefined ? undefined : -1}
      className={`pv-turn pv-turn-${turn.role} pv-turn-${turn.status}`}
      aria-label={who}
      aria-busy={turn.status === "streaming"}
      ref={row?.ref}
      data-index={row?.index}
      aria-posinset={row && row.index + 1}
      aria-setsize={row?.setSize}
    >
      <p className="pv-who">{who}</p>
      {turn.text !== "" && (
        <p className="pv-text" lang={lang}>
          {turn.text}
        </p>
      )}
      {state !== undefined && (
        <p className="pv-state">
          <span aria-hidden="true" className="pv-state-icon">
            {ICONS[turn.status]}
          </span>{" "}
          {state}
        </p>
      )}
      {finishedReply && belowReply}
      {problem && (
        <div className="pv-fault">
          <p className="pv-fault-title">{problem.title}</p>
          <p>{problem.detail}</p>
          {turn.text !== "" && <p className="pv-interrupted">{text.interrupted}</p>}
          {failure?.kind === "unloaded" ? (
            // The browser remembers a module it failed to fetch: only a reload fetches it again.
            <button type="button" onClick={() => window.location.reload()}>
              {common.reload}
            </button>
          ) : (
            <button type="button" onClick={() => onRetry(turn.id)}>
              {text.retry}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
