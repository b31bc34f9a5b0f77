import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Turn } from "../../stores/chat-store";
import type { TurnRow } from "../chat/turn-view";
import { onRevealTurn } from "./reveal-turn";

/** A turn's height before it is measured, in px (a reply with its meter line). */
const ESTIMATE = 110;
/** The list's gap between turns (.pv-virtual > .pv-turn margin), in px. */
const GAP = 8;

interface VirtualTurnsProps {
  turns: readonly Turn[];
  /** The scrolling list the turns sit in. */
  scroller: HTMLOListElement | null;
  children(turn: Turn, row: TurnRow): ReactNode;
}

/**
 * The turns of a long conversation, only those near the view in the page: a slider step with
 * 500 turns on screen re-renders a dozen, not 500. Two spacer items keep the list's scroll
 * height; each drawn turn is measured, and says its place in the whole list to screen readers.
 */
export function VirtualTurns({ turns, scroller, children }: VirtualTurnsProps) {
  // The virtualizer's functions change with its state: the compiler must not memoise around them.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: turns.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATE,
    getItemKey: (index) => turns[index]!.id,
    overscan: 6,
    gap: GAP,
    // Until the list is measured (and where nothing is, as in jsdom): a list's worth of turns.
    initialRect: { width: 0, height: 800 },
  });
  useEffect(
    () =>
      onRevealTurn((turnId) => {
        const index = turns.findIndex((t) => t.id === turnId);
        if (index < 0) return false;
        virtualizer.scrollToIndex(index, { align: "center" });
        return true;
      }),
    [turns, virtualizer],
  );
  // Follow the newest turn, as the plain list does, unless the reader scrolled up: the list's
  // own scrollTop jump cannot, since the turns below the view have only estimated heights.
  const following = useRef(true);
  useEffect(() => {
    if (!scroller) return;
    const onScroll = () => {
      following.current = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
    };
    scroller.addEventListener("scroll", onScroll, { passive: true });
    return () => scroller.removeEventListener("scroll", onScroll);
  }, [scroller]);
  // Only a new or growing last turn moves the end: a live re-run rewriting earlier turns does not.
  const newest = turns.at(-1);
  useLayoutEffect(() => {
    if (following.current && newest) virtualizer.scrollToIndex(turns.length - 1, { align: "end" });
  }, [newest, turns.length, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  return (
    <>
      <li aria-hidden="true" className="pv-spacer" style={{ height: top }} />
      {items.map((item) =>
        children(turns[item.index]!, {
          index: item.index,
          setSize: turns.length,
          ref: virtualizer.measureElement,
        }),
      )}
      <li aria-hidden="true" className="pv-spacer" style={{ height: bottom }} />
    </>
  );
}
