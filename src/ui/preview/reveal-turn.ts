/**
 * Moving to a turn the conversation list may not have drawn: a long conversation is
 * virtualised (virtual-turns.tsx), so the meter summary's "Reply 7" asks the list to scroll
 * there first, then focuses it once it is on the page.
 */
type Reveal = (turnId: string) => boolean;

const reveals = new Set<Reveal>();

/** The virtual list registers how to scroll to a turn; returns the unregistering function. */
export function onRevealTurn(reveal: Reveal): () => void {
  reveals.add(reveal);
  return () => reveals.delete(reveal);
}

export const turnElementId = (turnId: string) => `pv-turn-${turnId}`;

/** Focuses the turn, scrolling a virtual list to it first (a few frames at most). */
export function revealTurn(turnId: string): void {
  const focus = () => document.getElementById(turnElementId(turnId))?.focus();
  if (document.getElementById(turnElementId(turnId))) return void focus();
  if (![...reveals].some((reveal) => reveal(turnId))) return;
  let frames = 0;
  const tryFocus = () => {
    if (document.getElementById(turnElementId(turnId))) focus();
    else if (++frames < 10) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}
