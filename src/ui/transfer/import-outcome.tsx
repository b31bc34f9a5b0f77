import { useMessages, type MessagesOf } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { importOutcomeMessages } from "../i18n/messages/import-outcome";
import { versionsMessages } from "../i18n/messages/versions";
import type { ImportResult } from "./use-persona-import";
import "../common/common.css";
import "./transfer.css";

export type Failure = Extract<ImportResult, { kind: "invalid" | "refused" | "card-refused" }>;
export type Imported = Extract<ImportResult, { kind: "imported" }>;
type OutcomeMessages = MessagesOf<typeof importOutcomeMessages>;

function failureTitle(result: Failure, t: OutcomeMessages): string {
  if (result.kind === "invalid")
    return t.invalid(result.source, t.problems(result.problems.length));
  if (result.kind === "card-refused") {
    const reason = t.cardProblems[result.problem.code] ?? result.problem.message;
    return t.cardRefused(result.source, reason);
  }
  if (result.reason === "too-large") return t.tooLarge(result.source);
  if (result.reason === "not-json") return t.notJson(result.source);
  return t.unreadable(result.source);
}

/** Every problem with its JSON path, so the designer can fix the file in one pass. */
export function ImportFailure({ result, onDismiss }: { result: Failure; onDismiss?: () => void }) {
  const t = useMessages(importOutcomeMessages);
  const { dismiss } = useMessages(commonMessages);
  return (
    <div role="alert" className="tr-outcome tr-failure">
      <p className="tr-outcome-title">{failureTitle(result, t)}</p>
      {result.kind === "invalid" && (
        // restore explains in English only, whatever the UI language.
        <ul className="tr-problems" lang="en">
          {result.problems.map((problem, i) => (
            <li key={`${i}:${problem.path}`}>
              {problem.path && <code>{problem.path}</code>}
              {problem.path && ": "}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {onDismiss && (
        <button type="button" className="cm-button" onClick={onDismiss}>
          {dismiss}
        </button>
      )}
    </div>
  );
}

function cardNote(card: NonNullable<Imported["card"]>, t: OutcomeMessages): string {
  if (card.exact) return t.cardExact;
  if (card.editedElsewhere) return t.cardEdited(card.editedElsewhere.join(", "));
  return card.estimated.settings.length > 0
    ? t.cardEstimated(card.estimated.words)
    : t.cardNeutral(card.estimated.words);
}

/** The success line, rendered inside a role="status" region its parent keeps mounted. */
export function ImportSuccess({ result, onDismiss }: { result: Imported; onDismiss: () => void }) {
  const t = useMessages(importOutcomeMessages);
  const { dismiss } = useMessages(commonMessages);
  const v = useMessages(versionsMessages);
  const { card, history } = result;
  return (
    <div className="tr-outcome tr-success">
      <p className="tr-outcome-title">
        {card ? t.importedCard(result.name, card.version, card.container) : t.imported(result.name)}
      </p>
      {card && <p className="tr-outcome-note">{cardNote(card, t)}</p>}
      {history && (
        <p className="tr-outcome-note">
          {"unavailable" in history
            ? v.historyUnavailable
            : `${v.historyAdded(history.added)} · ${v.historySkipped(history.skipped)}`}
        </p>
      )}
      <button type="button" className="cm-button" onClick={onDismiss}>
        {dismiss}
      </button>
    </div>
  );
}
