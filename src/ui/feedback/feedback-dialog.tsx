import { useState } from "react";
import { useStore } from "zustand";
import { CATALOG } from "../../core/persona/catalog";
import { personaChanges, sameVersion, type PersonaChange } from "../../core/review/persona-diff";
import type { FeedbackItem } from "../../stores/feedback-inbox";
import { useStudio } from "../studio-context";
import { useMessages, useUiLanguage, type MessagesOf, type UiLanguage } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { feedbackMessages } from "../i18n/messages/feedback";
import { versionsMessages } from "../i18n/messages/versions";
import { Dialog } from "../common/dialog";
import "./feedback.css";

type FeedbackMessages = MessagesOf<typeof feedbackMessages>;

/** One change since the review, in words (dimensions by their catalog label). */
function changeText(change: PersonaChange, t: FeedbackMessages, ui: UiLanguage): string {
  switch (change.kind) {
    case "field":
      return t.changes.field(t.fields[change.field]);
    case "dimension":
      return t.changes.dimension(CATALOG[change.dimension].label[ui], change.before, change.after);
    case "list":
      return t.changes.list(
        t.fields[change.field],
        t.changes.added(change.added.length),
        t.changes.removed(change.removed.length),
      );
    case "examples":
      return t.changes.examples(change.before, change.after);
    default:
      return t.changes[change.kind];
  }
}

function RatingItem({
  rating,
  t,
}: {
  rating: FeedbackItem["feedback"]["ratings"][number];
  t: FeedbackMessages;
}) {
  const verdict =
    rating.rating === "up" ? t.liked : rating.rating === "down" ? t.disliked : t.notRated;
  return (
    <li className={`fb-rating fb-${rating.rating ?? "none"}`}>
      <p className="fb-verdict">
        <span aria-hidden="true">
          {rating.rating === "up" ? "👍 " : rating.rating === "down" ? "👎 " : ""}
        </span>
        {verdict}
        {rating.scenarioId && (
          <span className="fb-scenario"> · {t.scenario(rating.scenarioId)}</span>
        )}
      </p>
      {rating.comment && (
        <p className="fb-comment">
          <strong>{t.comment}</strong> {rating.comment}
        </p>
      )}
      <dl className="fb-exchange">
        <dt>{t.user}</dt>
        <dd>{rating.user}</dd>
        <dt>{t.reply}</dt>
        <dd>{rating.reply}</dd>
      </dl>
    </li>
  );
}

/**
 * A client's feedback, read beside the persona version it was given on: what changed since
 * (if the persona is in the library), and a way to open the reviewed version itself.
 */
function FeedbackView({ item, onClose }: { item: FeedbackItem; onClose: () => void }) {
  const t = useMessages(feedbackMessages);
  const { close } = useMessages(commonMessages);
  const { givenOn } = useMessages(versionsMessages);
  const ui = useUiLanguage();
  const studio = useStudio();
  const { feedback, source } = item;
  const reviewed = feedback.persona;
  const current = useStore(
    studio.library,
    (s) => Object.values(s.entries).find((e) => e.persona.id === reviewed.id)?.persona,
  );
  const [opened, setOpened] = useState<string | null>(null);
  const date = new Date(feedback.createdAt).toLocaleString(ui, {
    dateStyle: "long",
    timeStyle: "short",
  });
  const day = new Date(feedback.createdAt).toLocaleDateString(ui, { dateStyle: "medium" });
  const { ratings } = feedback;
  const up = ratings.filter((r) => r.rating === "up").length;
  const down = ratings.filter((r) => r.rating === "down").length;
  const comments = ratings.filter((r) => r.comment !== "").length;
  const runsOn =
    feedback.runsOn.kind === "rehearsal"
      ? t.runsOnRehearsal
      : t.runsOnEndpoint(feedback.runsOn.model, feedback.runsOn.host);

  const openReviewed = () => {
    const name = t.reviewedName(reviewed.name, day);
    studio.duplicatePreset(reviewed, name);
    setOpened(name);
  };

  return (
    <Dialog title={t.title(reviewed.name)} closeLabel={close} onClose={onClose} wide>
      <p className="tr-hint">
        {t.saved(date)} · {runsOn}
        {source && ` · ${t.fromFile(source)}`}
      </p>
      <p className="fb-summary">
        {t.summary(
          t.reviewed(ratings.length),
          t.likedCount(up),
          t.dislikedCount(down),
          t.comments(comments),
        )}
      </p>
      <section className="fb-version" aria-label={t.openReviewed}>
        {item.version && <p className="fb-given-on">{givenOn(item.version.name)}</p>}
        {!current ? (
          <p>{t.notInLibrary}</p>
        ) : sameVersion(reviewed, current) ? (
          <p>{t.sameVersion(current.name)}</p>
        ) : (
          <>
            <p>{t.changedSince(current.name)}</p>
            <ul className="fb-changes">
              {personaChanges(reviewed, current).map((change, i) => (
                <li key={i}>{changeText(change, t, ui)}</li>
              ))}
            </ul>
          </>
        )}
        <button
          type="button"
          className="cm-button"
          onClick={openReviewed}
          disabled={opened !== null}
        >
          {t.openReviewed}
        </button>
        <p role="status">{opened && t.opened(opened)}</p>
      </section>
      <ol className="fb-ratings">
        {ratings.map((rating, i) => (
          <RatingItem key={i} rating={rating} t={t} />
        ))}
      </ol>
    </Dialog>
  );
}

/** Shows the feedback the inbox holds open; mounted by the lazy host in App. */
export function FeedbackDialog() {
  const studio = useStudio();
  const shown = useStore(studio.feedback, (s) => s.shown);
  if (!shown) return null;
  return (
    <FeedbackView
      key={shown.feedback.createdAt}
      item={shown}
      onClose={() => studio.feedback.getState().show(null)}
    />
  );
}
