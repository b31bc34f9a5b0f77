import { useId, useState } from "react";
import { useStore } from "zustand";
import { verdictOf } from "./ratings-store";
import { useMessages } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useReview } from "./review-context";

/**
 * Good / Not good on one reply (press again to take it back) and an optional comment. The
 * context (the reply, what it answered, its scenario) is read when the client acts.
 */
export function RatingControls({ turnId, reply }: { turnId: string; reply: string }) {
  const t = useMessages(reviewMessages);
  const session = useReview();
  const verdict = useStore(session.ratings, (s) => verdictOf(s, turnId, reply));
  const [open, setOpen] = useState(false);
  const commentId = useId();
  const rating = verdict?.rating ?? null;
  const comment = verdict?.comment ?? "";
  const showComment = open || comment !== "";

  const rate = (value: "up" | "down") => {
    const context = session.contextOf(turnId);
    if (context) session.ratings.getState().rate(turnId, context, rating === value ? null : value);
  };
  const write = (text: string) => {
    const context = session.contextOf(turnId);
    if (context) session.ratings.getState().comment(turnId, context, text);
  };

  return (
    <div className="rv-rating" role="group" aria-label={t.rate}>
      <div className="rv-rating-buttons">
        <button
          type="button"
          className="rv-thumb"
          aria-pressed={rating === "up"}
          onClick={() => rate("up")}
        >
          <span aria-hidden="true">👍 </span>
          {t.good}
        </button>
        <button
          type="button"
          className="rv-thumb"
          aria-pressed={rating === "down"}
          onClick={() => rate("down")}
        >
          <span aria-hidden="true">👎 </span>
          {t.bad}
        </button>
        {comment === "" && (
          <button
            type="button"
            aria-expanded={showComment}
            aria-controls={showComment ? commentId : undefined}
            onClick={() => setOpen(!open)}
          >
            {t.addComment}
          </button>
        )}
      </div>
      {showComment && (
        <label className="rv-comment">
          <span>{t.comment}</span>
          <textarea
            id={commentId}
            className="cm-field"
            rows={2}
            value={comment}
            // Opened by the client's own click: the box they asked for takes the focus.
            autoFocus={open && comment === ""}
            onChange={(event) => write(event.target.value)}
          />
        </label>
      )}
    </div>
  );
}
