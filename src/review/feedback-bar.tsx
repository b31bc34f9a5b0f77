import { useId } from "react";
import { useStore } from "zustand";
import { feedbackFilename, serializeFeedback } from "../core/review/feedback";
import { downloadText } from "../ui/common/download";
import { givenVerdicts } from "./ratings-store";
import { useMessages } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useReview } from "./review-context";

/** How many replies the client has judged, and the file that carries their verdicts back. */
export function FeedbackBar() {
  const t = useMessages(reviewMessages);
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
      <p role="status">{count === 0 ? t.noneRated : t.rated(count)}</p>
      <button
        type="button"
        className="cm-button cm-button-primary"
        disabled={count === 0}
        aria-describedby={noteId}
        onClick={download}
      >
        {t.download}
      </button>
      <p id={noteId} className="pv-hint">
        {t.downloadNote}
      </p>
    </section>
  );
}
