/**
 * One reply streamed from a provider into a sink, painted at most once per animation frame:
 * a fast model sends hundreds of deltas a second, and re-rendering the conversation for each
 * would starve the slider the designer is dragging.
 */
import { ProviderError, type ChatProvider, type ChatRequest } from "../providers/types";

/** Runs `paint` on the next frame; returns nothing to cancel, the sink ignores late paints. */
export type FrameScheduler = (paint: () => void) => void;

export const nextFrame: FrameScheduler = (paint) => {
  // requestAnimationFrame pauses in background tabs; the final paint at the end does not wait for it.
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => paint());
  else setTimeout(paint, 16);
};

export interface ReplySink {
  /** Everything received so far (kept when the reply fails or is stopped). */
  text: string;
  /** Shows `text`; called at most once per frame while streaming, and once at the end. */
  paint(text: string): void;
  /** What the provider said on "done" when a variant was asked for (see ChatEvent). */
  alternative?: boolean;
}

/** Streams one reply into `sink`. Throws a ProviderError (kind "aborted" when the signal fired). */
export async function streamInto(
  provider: ChatProvider,
  request: ChatRequest,
  sink: ReplySink,
  frame: FrameScheduler,
): Promise<void> {
  let scheduled = false;
  let finished = false;
  const paintSoon = () => {
    if (scheduled) return;
    scheduled = true;
    frame(() => {
      scheduled = false;
      if (!finished) sink.paint(sink.text);
    });
  };
  try {
    for await (const event of provider.stream(request)) {
      if (request.signal.aborted) break;
      if (event.type === "delta") {
        if (event.text === "") continue;
        sink.text += event.text;
        paintSoon();
      } else if (event.alternative !== undefined) sink.alternative = event.alternative;
    }
    if (request.signal.aborted) throw new ProviderError("aborted", "The reply was stopped.");
  } finally {
    finished = true;
  }
}
