/**
 * Live replay: while it is on, every change of the open persona re-runs the preview's
 * selected scenario, so the replies follow the sliders.
 *
 * - What it hears: the host's library store. Any change there (a save, another tab's save,
 *   another persona opened) counts only if the open persona is a new object: personas are
 *   immutable snapshots, so a new object is a new version, and the same object is nothing new.
 * - When it re-runs: offline, at once (the rehearsal is local and free; each run replaces the
 *   last). With an endpoint a reply costs tokens: the run in flight is stopped at the first
 *   change, and the scenario re-runs once the persona has stayed unchanged for `delayMs` (a
 *   debounce: each change restarts the wait).
 * - Off: it holds no subscription, so a slider step costs the preview nothing at all.
 */
import type { ChatHost } from "./chat-types";

/** How long the persona must stay unchanged before live replay calls an endpoint, in ms. */
export const LIVE_DELAY_MS = 500;

export interface LiveReplayDeps {
  host: ChatHost;
  /** Whether replies come from the offline rehearsal; asked at each change. */
  offline(): boolean;
  /** Re-runs the selected scenario as a live run. */
  rerun(): void;
  /** Stops the run in flight (its replies queued again) and says live replay is waiting. */
  hold(): void;
  delayMs?: number;
}

export interface LiveReplay {
  /** Starts following the open persona: from now on, each new version re-runs the scenario. */
  follow(): void;
  /** Stops following, and drops a re-run still waiting. */
  unfollow(): void;
  /** Drops a re-run still waiting (Stop, Clear); keeps following. */
  cancel(): void;
}

export function createLiveReplay({
  host,
  offline,
  rerun,
  hold,
  delayMs = LIVE_DELAY_MS,
}: LiveReplayDeps): LiveReplay {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;

  const cancel = () => clearTimeout(timer);

  const onPersonaChange = () => {
    cancel();
    if (offline()) return rerun();
    // A reply for a persona that no longer exists is wasted tokens: stop it now, rerun later.
    hold();
    timer = setTimeout(rerun, delayMs);
  };

  const unfollow = () => {
    cancel();
    unsubscribe?.();
    unsubscribe = undefined;
  };

  return {
    follow() {
      unfollow();
      let seen = host.openPersona();
      unsubscribe = host.library.subscribe(() => {
        const persona = host.openPersona();
        if (persona === seen) return;
        seen = persona;
        onPersonaChange();
      });
    },
    unfollow,
    cancel,
  };
}
