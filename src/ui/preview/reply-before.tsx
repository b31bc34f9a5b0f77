import { useEffect, useId, useState } from "react";
import { useKeptOpen } from "./use-kept-open";
import type { DiffPart } from "../../core/text/text-diff";
import type { ReplyVersion, Turn } from "../../stores/chat-store";
import { useMessages, useUiLanguage, type UiLanguage } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";

interface Comparison {
  before: ReplyVersion;
  after: ReplyVersion;
  ui: UiLanguage;
  parts: DiffPart[];
  cause: string;
}

/** The diff library and the persona diff come only when a designer asks to compare. */
const loadComparison = () =>
  Promise.all([import("../../core/text/text-diff"), import("../../core/persona/diff")]);

async function compare(before: ReplyVersion, after: ReplyVersion, ui: UiLanguage) {
  const [{ wordDiff }, { describeChanges, diffPersonas }] = await loadComparison();
  return {
    before,
    after,
    ui,
    parts: wordDiff(before.text, after.text),
    cause: describeChanges(diffPersonas(before.persona, after.persona), ui),
  } satisfies Comparison;
}

/**
 * "Show before" under a reply a live re-run changed: the reply it replaced, as a word diff
 * (insertions underlined, deletions struck through, each also named for screen readers), and
 * the persona change between the two.
 */
export function ReplyBefore({ turn, lang }: { turn: Turn; lang: string }) {
  const t = useMessages(previewMessages);
  const ui = useUiLanguage();
  const id = useId();
  const [kept, keep] = useKeptOpen(`${turn.id}:before`);
  const open = kept !== null;
  const [comparison, setComparison] = useState<Comparison | "failed" | null>(null);
  const { before, settled: after } = turn;
  useEffect(() => {
    if (!open || !before || !after) return;
    let live = true;
    compare(before, after, ui).then(
      (done) => live && setComparison(done),
      () => live && setComparison("failed"),
    );
    return () => {
      live = false;
    };
  }, [open, before, after, ui]);
  if (!before || !after || turn.status !== "done" || before.text === after.text) return null;
  const shown =
    comparison !== "failed" &&
    comparison?.before === before &&
    comparison.after === after &&
    comparison.ui === ui
      ? comparison
      : undefined;
  return (
    <div className="pv-before-wrap">
      <button
        type="button"
        className="pv-before-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => keep(open ? null : "open")}
      >
        {open ? t.hideBefore : t.showBefore}
      </button>
      <div id={id} hidden={!open}>
        {open && (
          <section className="pv-before" aria-label={t.beforeTitle}>
            {comparison === "failed" ? (
              <p role="alert">{t.beforeFailed}</p>
            ) : !shown ? (
              <p>{t.beforeLoading}</p>
            ) : (
              <>
                <p className="pv-before-cause">{t.beforeCause(shown.cause)}</p>
                <p className="pv-diff" lang={lang}>
                  {shown.parts.map((part, i) => (
                    <DiffSpan key={i} part={part} added={t.added} removed={t.removed} />
                  ))}
                </p>
              </>
            )}
          </section>
        )}
      </div>
    </div>
  );
}

function DiffSpan({ part, added, removed }: { part: DiffPart; added: string; removed: string }) {
  if (part.kind === "same") return <span>{part.text}</span>;
  const Mark = part.kind === "added" ? "ins" : "del";
  // <ins>/<del> are not announced by most screen readers: the hidden words say it.
  return (
    <Mark>
      <span className="cm-visually-hidden">[{part.kind === "added" ? added : removed}: </span>
      {part.text}
      <span className="cm-visually-hidden">]</span>
    </Mark>
  );
}
