import { useId, useState } from "react";
import { scenariosOf } from "../stores/own-scenarios";
import { useMessages } from "../ui/i18n";
import { reviewMessages } from "../ui/i18n/messages/review";
import { useReview } from "./review-context";

/** The persona's scenarios (built-ins in its language, then the designer's own), one button each. */
export function ScenarioList() {
  const t = useMessages(reviewMessages);
  const session = useReview();
  const titleId = useId();
  const [played, setPlayed] = useState<string | null>(null);
  const scenarios = scenariosOf(session.persona);
  if (scenarios.length === 0) return null;
  return (
    <section className="rv-card rv-scenarios" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.scenarios}</h2>
      <p className="pv-hint">{t.scenariosHint}</p>
      <ul>
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <button
              type="button"
              className="cm-button"
              lang={scenario.language}
              aria-current={played === scenario.id ? "true" : undefined}
              onClick={() => {
                setPlayed(scenario.id);
                session.playScenario(scenario.id);
              }}
            >
              <span aria-hidden="true">▶ </span>
              {scenario.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
