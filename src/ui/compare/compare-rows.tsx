import type { CompareReading, SideId } from "../../core/compare/types";
import { checkLabel, readingName } from "../../core/persona-tests/report-readings";
import type { LiveReply } from "../../stores/compare-store";
import { failureText } from "../chat/failure-text";
import { useMessages, useUiLanguage } from "../i18n";
import { compareMessages } from "../i18n/messages/compare";
import { providerErrorMessages } from "../i18n/messages/provider-errors";
import { useCompare } from "./use-compare";

function Readings({ readings, side }: { readings: readonly CompareReading[]; side: SideId }) {
  const t = useMessages(compareMessages);
  const ui = useUiLanguage();
  const held = readings.filter((r) => r.ok).length;
  return (
    <div className="cp-readings">
      <p className="cp-reading-count">{t.shortSummary(held, readings.length)}</p>
      <ul aria-label={t.readings(t.side[side])}>
        {readings.map((r) => (
          <li key={r.dimension} className={r.ok ? undefined : "cp-off"}>
            <span aria-hidden="true">{r.ok ? "✓ " : "✗ "}</span>
            {checkLabel(r.dimension, ui)}: {readingName(r.dimension, r.measured, ui)}
            {!r.ok && ` (${t.targetIs(readingName(r.dimension, r.target, ui))})`}
            <span className="cm-visually-hidden"> ({r.ok ? t.held : t.notHeld})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Reply({ reply, side }: { reply: LiveReply | undefined; side: SideId }) {
  const t = useMessages(compareMessages);
  const errors = useMessages(providerErrorMessages);
  if (!reply || reply.status === "queued") return <p className="cp-status">{t.waiting}</p>;
  const failure = reply.failure && reply.failure.kind !== "aborted" ? reply.failure : undefined;
  return (
    <>
      {reply.text !== "" && <p className="cp-text">{reply.text}</p>}
      {reply.status === "streaming" && <p className="cp-status">{t.writing}</p>}
      {reply.status === "stopped" && <p className="cp-status">{t.stopped}</p>}
      {failure && <p className="cp-status cp-off">{failureText(failure, errors).title}</p>}
      {reply.cached && <p className="cp-status">{t.fromCache}</p>}
      {reply.readings && <Readings readings={reply.readings} side={side} />}
    </>
  );
}

/**
 * One side's conversation. The user turn is shown once, in A's item across both columns; B's
 * item names it for screen readers only. The grid (compare.css) puts each reply in its column.
 */
export function ConversationList({ side }: { side: SideId }) {
  const t = useMessages(compareMessages);
  const users = useCompare((s) => s.users);
  const replies = useCompare((s) => s.replies[side]);
  return (
    <ol className="cp-list" aria-label={t.conversation[side]}>
      {users.map((user, turn) => (
        <li key={turn} className="cp-turn">
          <div className={side === "a" ? "cp-user" : "cp-user cm-visually-hidden"}>
            <span className="cp-turn-label">
              {t.turnLabel(turn + 1)} · {t.user}
            </span>
            <p className="cp-text">{user}</p>
          </div>
          <div className="cp-reply">
            {/* Narrow windows stack A over B: the tag says which is which (the list names it). */}
            <p className="cp-tag" aria-hidden="true">
              {t.side[side]}
            </p>
            <Reply reply={replies[turn]} side={side} />
          </div>
        </li>
      ))}
    </ol>
  );
}
