import { useMemo } from "react";
import { summarize } from "../../core/persona-tests/runner";
import { useMessages } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { targetLabel } from "./target-label";
import { useTests } from "./use-tests";

/** Per target: "46 of 50 checks held", the turns that passed and the errors. */
export function TargetSummaries({ personaId }: { personaId: string }) {
  const t = useMessages(testsMessages);
  const kept = useTests((s) => s.kept[personaId]);
  const summaries = useMemo(
    () => (kept ? summarize({ ...kept.run, results: Object.values(kept.cells) }) : []),
    [kept],
  );
  if (!kept) return null;
  return (
    <ul className="tt-summaries" aria-label={t.summaries}>
      {kept.run.targets.map((target) => {
        const summary = summaries.find((s) => s.targetId === target.id);
        if (!summary) return null;
        return (
          <li key={target.id} className="tt-summary">
            <strong>{targetLabel(target, t)}</strong>
            <span>{t.summary(summary.held, summary.checks)}</span>
            <span>{t.turnsPassed(summary.turnsPassed, summary.turns)}</span>
            {summary.errors > 0 && <span className="tt-errors">{t.errors(summary.errors)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
