import { checkLabel, readingText } from "../../core/persona-tests/report-readings";
import type { TestTarget, TurnResult } from "../../core/persona-tests/types";
import { Dialog } from "../common/dialog";
import { useMessages, useUiLanguage } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { EvidenceText } from "./evidence-text";
import { targetLabel } from "./target-label";

/** One cell opened: the user's words, the reply with its evidence, and each check. */
export function ResultDialog({
  result,
  title,
  target,
  onClose,
}: {
  result: TurnResult;
  title: string;
  target: TestTarget;
  onClose(): void;
}) {
  const t = useMessages(testsMessages);
  // The slider's and the band's names, as the HTML report words them; the ids stay in the exports.
  const lang = useUiLanguage();
  const failed = result.checks.filter((c) => !c.pass);
  const held = result.checks.filter((c) => c.pass);
  return (
    <Dialog
      title={`${title} · ${targetLabel(target, t)}`}
      description={t.cell[result.status]}
      closeLabel={t.close}
      closeOnOutsideClick
      onClose={onClose}
      wide
    >
      <h3 className="tt-dialog-heading">{t.user}</h3>
      <p className="tt-user-text">{result.user}</p>
      <h3 className="tt-dialog-heading">{t.reply}</h3>
      {result.reply === "" ? (
        <p>{result.error?.message ?? t.noReply}</p>
      ) : (
        <EvidenceText text={result.reply} checks={result.checks} />
      )}
      {failed.length > 0 && (
        <>
          <h3 className="tt-dialog-heading">{t.failedChecks}</h3>
          <ul className="tt-checks">
            {failed.map((check, i) => (
              <li key={`${check.id}-${i}`} className="tt-check-failed">
                <span aria-hidden="true">✗ </span>
                <strong>{checkLabel(check.id, lang)}</strong> — {t.expected}{" "}
                {readingText(check.id, check.expected, lang)} / {t.found}{" "}
                {readingText(check.id, check.found, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      {held.length > 0 && (
        <>
          <h3 className="tt-dialog-heading">{t.checks}</h3>
          <ul className="tt-checks">
            {held.map((check, i) => (
              <li key={`${check.id}-${i}`}>
                <span aria-hidden="true">✓ </span>
                <strong>{checkLabel(check.id, lang)}</strong> ({t.held}) — {t.found}{" "}
                {readingText(check.id, check.found, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
