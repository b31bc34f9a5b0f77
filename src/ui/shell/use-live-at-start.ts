import { useEffect } from "react";
import type { Studio } from "../../stores/studio";

/**
 * Turns Live replay on when the studio opens (see startLiveReplay): the conversation is on
 * the first screen, already replayed. The preview's stores come in their own chunk, the one
 * the conversation panel loads anyway.
 */
export function useLiveAtStart(studio: Studio): void {
  useEffect(() => {
    let cancelled = false;
    import("../../stores/preview")
      .then(({ previewOf, startLiveReplay }) => {
        if (!cancelled) startLiveReplay(previewOf(studio));
      })
      // The conversation panel says so itself when its code cannot load.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [studio]);
}
