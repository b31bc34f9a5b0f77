import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { REVIEW_DATA_ID } from "../core/review/review-page";
import { LinkProblem } from "./link-problem";
import { readReviewSource, reviewLanguage } from "./persona-source";
import { ReviewPage } from "./review-page";
import { createReviewSession } from "./review-session";

const element = document.getElementById("root");
if (!element) throw new Error("review.html has no #root element");
const root = createRoot(element);

// The self-contained page carries its persona inside; a review link carries it after the "#".
const embedded = document.getElementById(REVIEW_DATA_ID)?.textContent ?? null;
const source = readReviewSource(embedded, window.location.hash);
const ui = reviewLanguage(
  window.location.search,
  source.ok ? source.persona.language : undefined,
  navigator.languages ?? [],
);

if (source.ok) {
  const session = createReviewSession(source.persona, {
    ui,
    ...(source.versionId === undefined ? {} : { versionId: source.versionId }),
  });
  root.render(
    <StrictMode>
      <ReviewPage session={session} />
    </StrictMode>,
  );
} else {
  root.render(
    <StrictMode>
      <LinkProblem problem={source.problem} details={source.details} ui={ui} />
    </StrictMode>,
  );
}

// Pasting another review link into the address bar changes only the fragment: read it afresh.
if (!embedded?.trim()) window.addEventListener("hashchange", () => window.location.reload());
