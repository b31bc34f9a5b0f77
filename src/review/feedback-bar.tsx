import { useId } from "react";
import { useStore } from "zustand";
import { feedbackFilename, serializeFeedback } from "../core/review/feedback";
import { downloadText } from "../ui/common/download";
import { givenVerdicts } from "./ratings-store";
import { useReview, useReviewMessages } from "./review-context";

/** How many replies the client has judged, and the file that carries their verdicts back. */
export function FeedbackBar() {
  const t = useReviewMessages();
  const session = useReview();
  const titleId = useId();
  const noteId = useId();
  const count = useStore(session.ratings, (s) => givenVerdicts(s).length);
  const download = () => {
    const feedback = session.feedback();
    downloadText(feedbackFilename(feedback), serializeFeedback(feedback));
  };
  return (
    <section className="rv-card rv-feedback" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.feedback}</h2>
      <p role="status">{t.rated(count)}</p>
      <button type="button" className="cm-button cm-button-primary" disabled={count === 0} aria-describedby={noteId} onClick={download}>
        {t.download}
      </button>
      <p id={noteId} className="pv-hint">
        {t.downloadNote}
      </p>
    </section>
  );
}
