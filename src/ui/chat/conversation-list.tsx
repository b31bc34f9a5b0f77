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
  const lastTop = useRef(0);
  // Follow the reply being written, unless the reader scrolled up to read an earlier turn.
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current && turns.length > 0) el.scrollTop = el.scrollHeight;
  }, [turns]);
  // The turns also change size without changing: the meter's line arrives under the newest
  // reply, a summary below takes rows from the list. A list that was following keeps the
  // newest in view. Only the list and its last item are watched: an earlier reply opened by
  // the reader grows where it is, without the list running off to the end.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const sizes = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    const watch = () => {
      sizes.disconnect();
      sizes.observe(el);
      if (el.lastElementChild) sizes.observe(el.lastElementChild);
    };
    watch();
    const rows = typeof MutationObserver === "undefined" ? null : new MutationObserver(watch);
    rows?.observe(el, { childList: true });
    return () => {
      sizes.disconnect();
      rows?.disconnect();
    };
  }, []);

  return (
    <ol
      ref={attach}
      className={className ? `pv-conversation ${className}` : "pv-conversation"}
      aria-label={label}
      data-turns={turns.length}
      onScroll={(event) => {
        // Only a scroll up lets go of the end: content that grows between the list's own
        // scroll and its event leaves the end farther away, without anyone having scrolled.
        const el = event.currentTarget;
        if (el.scrollHeight - el.scrollTop - el.clientHeight < 40) pinned.current = true;
        else if (el.scrollTop < lastTop.current) pinned.current = false;
        lastTop.current = el.scrollTop;
      }}
    >
      {children}
    </ol>
  );
}
