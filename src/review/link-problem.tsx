import { useLayoutEffect } from "react";
import type { Problem } from "../core/persona/restore";
import type { ReviewLinkProblem } from "../core/review/share-link";
import { UiLanguageProvider, useMessages, type UiLanguage } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import "../ui/common/common.css";
import "./review.css";

interface LinkProblemProps {
  problem: ReviewLinkProblem;
  details?: readonly Problem[];
  ui: UiLanguage;
}

/** What to say when the page holds no persona it can show: plainly, and what to do about it. */
export function LinkProblem(props: LinkProblemProps) {
  return (
    <UiLanguageProvider language={props.ui}>
      <LinkProblemView {...props} />
    </UiLanguageProvider>
  );
}

function LinkProblemView({ problem, details = [], ui }: LinkProblemProps) {
  const t = useMessages(reviewMessages);
  useLayoutEffect(() => {
    document.documentElement.lang = ui;
    document.title = t.problemTitle;
  }, [ui, t]);
  return (
    <main className="rv-problem">
      <div role="alert">
        <h1>{t.problemTitle}</h1>
        <p>{t.problems[problem]}</p>
      </div>
      <p>{t.askAgain}</p>
      {details.length > 0 && (
        <ul className="rv-problem-details" lang="en">
          {details.slice(0, 5).map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              {detail.path === "" ? detail.message : `${detail.path}: ${detail.message}`}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
