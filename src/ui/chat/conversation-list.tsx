import { useLayoutEffect, useRef, type ReactNode } from "react";
import type { Turn } from "../../stores/chat-store";

interface ConversationListProps {
  /** The turns the list shows: when they change, the list follows the newest. */
  turns: readonly Turn[];
  label: string;
  /** Classes besides pv-conversation. */
  className?: string;
  /** The list items: the turns, and anything the page puts before them (a greeting). */
  children: ReactNode;
}

/** The conversation's scrolling list, shared by the studio's preview and the review page. */
export function ConversationList({ turns, label, className, children }: ConversationListProps) {
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  // Follow the reply being written, unless the reader scrolled up to read an earlier turn.
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current && turns.length > 0) el.scrollTop = el.scrollHeight;
  }, [turns]);

  return (
    <ol
      ref={list}
      className={className ? `pv-conversation ${className}` : "pv-conversation"}
      aria-label={label}
      onScroll={(event) => {
        const el = event.currentTarget;
        pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
      }}
    >
      {children}
    </ol>
  );
}
