import { useLayoutEffect } from "react";
import { FeedbackBar } from "./feedback-bar";
import { useMessages, useUiLanguage } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useReview } from "./review-context";
import { ReviewComposer } from "./review-composer";
import { ReviewConversation } from "./review-conversation";
import { RunsOn } from "./runs-on";
import { ScenarioList } from "./scenario-list";
import "../ui/common/common.css";
import "../ui/preview/preview.css";
import "./review.css";

function LanguageSwitch() {
  const t = useMessages(reviewMessages);
  const ui = useUiLanguage();
  const { language } = useReview();
  const other = ui === "fr" ? "en" : "fr";
  return (
    <button
      type="button"
      className="cm-button rv-language"
      lang={other}
      aria-label={t.otherLanguageName}
      onClick={() => language.getState().setUi(other)}
    >
      {t.otherLanguage}
    </button>
  );
}

/**
 * The client's page: the assistant's name and greeting, a chat, the scenarios to try, where
 * replies come from, and a verdict on each reply. Nothing of the editor: the persona is read-only.
 */
export function ReviewApp() {
  const t = useMessages(reviewMessages);
  const ui = useUiLanguage();
  const { persona } = useReview();
  const name = persona.identity.assistantName;
  useLayoutEffect(() => {
    document.documentElement.lang = ui;
    document.title = t.pageTitle(name);
  }, [ui, t, name]);

  return (
    <div className="rv-app">
      <header className="rv-header">
        <div>
          <p className="rv-kicker">{t.kicker}</p>
          <h1 lang={persona.language}>{name}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <main className="rv-main">
        <div className="rv-side">
          <p className="rv-intro">{t.intro}</p>
          <RunsOn />
          <ScenarioList />
          <FeedbackBar />
        </div>
        <section className="rv-card rv-chat" aria-label={t.conversation}>
          <ReviewConversation />
          <ReviewComposer />
        </section>
      </main>
    </div>
  );
}
