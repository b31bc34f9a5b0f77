import { useCallback, useLayoutEffect, useRef, type ReactNode } from "react";
import type { Turn } from "../../stores/chat-store";

interface ConversationListProps {
  /** The turns the list shows: when they change, the list follows the newest. */
  turns: readonly Turn[];
  label: string;
  /** Classes besides pv-conversation. */
  className?: string;
  /** The list items: the turns, and anything the page puts before them (a greeting). */
  children: ReactNode;
  /** Hears of the list element, for a page that draws only the turns in view (a virtual list). */
  onList?(list: HTMLOListElement | null): void;
}

/** The conversation's scrolling list, shared by the studio's preview and the review page. */
export function ConversationList({
  turns,
  label,
  className,
  children,
  onList,
}: ConversationListProps) {
  const list = useRef<HTMLOListElement>(null);
  const attach = useCallback(
    (element: HTMLOListElement | null) => {
      list.current = element;
      onList?.(element);
    },
    [onList],
  );
  const pinned = useRef(true);
  // Follow the reply being written, unless the reader scrolled up to read an earlier turn.
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current && turns.length > 0) el.scrollTop = el.scrollHeight;
  }, [turns]);

  return (
    <ol
      ref={attach}
      className={className ? `pv-conversation ${className}` : "pv-conversation"}
      aria-label={label}
      data-turns={turns.length}
      onScroll={(event) => {
        const el = event.currentTarget;
        pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
      }}
    >
      {children}
    </ol>
  );
}
