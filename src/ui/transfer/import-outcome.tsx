import type { TransferMessages } from "./messages";
import type { ImportResult } from "./use-persona-import";
import "../common/common.css";
import "./transfer.css";

type Failure = Exclude<ImportResult, { kind: "imported" }>;

function failureTitle(result: Failure, t: TransferMessages): string {
  if (result.kind === "invalid") return t.invalid(result.source, result.problems.length);
  if (result.reason === "too-large") return t.tooLarge(result.source);
  if (result.reason === "not-json") return t.notJson(result.source);
  return t.unreadable(result.source);
}

/** Every problem with its JSON path, so the designer can fix the file in one pass. */
export function ImportFailure({ result, t, onDismiss }: { result: Failure; t: TransferMessages; onDismiss?: () => void }) {
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
          {t.dismiss}
        </button>
      )}
    </div>
  );
}

/** The success line, rendered inside a role="status" region its parent keeps mounted. */
export function ImportSuccess({ name, t, onDismiss }: { name: string; t: TransferMessages; onDismiss: () => void }) {
  return (
    <div className="tr-outcome tr-success">
      <p className="tr-outcome-title">{t.imported(name)}</p>
      <button type="button" className="cm-button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
