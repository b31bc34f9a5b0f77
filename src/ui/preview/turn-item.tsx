import { memo, useMemo } from "react";
import type { Turn } from "../../stores/chat-store";
import { TurnView, type TurnRow } from "../chat/turn-view";
import { useMessages } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";
import { MeterRow } from "./meter-row";
import { ReplyBefore } from "./reply-before";
import { turnElementId } from "./reveal-turn";

interface TurnItemProps {
  turn: Turn;
  /** The assistant's name in the persona, when it has one. */
  assistantName: string;
  lang: string;
  /**
   * Its row in a virtual list, as separate props: a row object made afresh by each render of
   * the list would re-render every drawn turn, changed or not.
   */
  rowIndex?: number;
  setSize?: number;
  measure?: TurnRow["ref"];
  onRetry(turnId: string): void;
}

/**
 * One turn of the conversation: every reply says how its run went; a finished one gets its
 * meter line, and "Show before" when a live re-run changed it.
 */
export const TurnItem = memo(function TurnItem({
  turn,
  assistantName,
  lang,
  rowIndex,
  setSize,
  measure,
  onRetry,
}: TurnItemProps) {
  const t = useMessages(previewMessages);
  const row = useMemo(
    () =>
      rowIndex === undefined || setSize === undefined || measure === undefined
        ? undefined
        : { index: rowIndex, setSize, ref: measure },
    [rowIndex, setSize, measure],
  );
  const isUser = turn.role === "user";
  return (
    <TurnView
      turn={turn}
      id={turnElementId(turn.id)}
      row={row}
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
      belowReply={
        <>
          <ReplyBefore turn={turn} lang={lang} />
          <MeterRow text={turn.text} turnId={turn.id} />
        </>
      }
      onRetry={onRetry}
    />
  );
});
