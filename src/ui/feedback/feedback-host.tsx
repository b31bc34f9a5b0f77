import { lazy } from "react";
import { useStore } from "zustand";
import { useStudio } from "../studio-context";
import { LazyPart } from "../common/lazy-part";

// Client feedback is opened by an import now and then: its view loads only then.
const FeedbackDialog = lazy(() =>
  import("./feedback-dialog").then((m) => ({ default: m.FeedbackDialog })),
);

/** Mount once (App does): shows the feedback the inbox holds open. */
export function FeedbackHost() {
  const studio = useStudio();
  const shown = useStore(studio.feedback, (s) => s.shown !== null);
  return shown ? (
    <LazyPart>
      <FeedbackDialog />
    </LazyPart>
  ) : null;
}
