import type { PersonaVersion } from "../../core/versions/types";
import { useEffect, type CSSProperties, type RefObject } from "react";
import { useStore } from "zustand";
import { summarizeSide } from "../../core/compare/align";
import { previewOf } from "../../stores/preview";
import { Dialog } from "../common/dialog";
import { useMessages, useUiLanguage } from "../i18n";
import { compareMessages } from "../i18n/messages/compare";
import { useStudio } from "../studio-context";
import { exportComparison } from "./compare-export";
import { ConversationList } from "./compare-rows";
import { SidePicker } from "./side-picker";
import { useCompare, useCompareStore } from "./use-compare";
import "./compare.css";

function Summary() {
  const t = useMessages(compareMessages);
  const a = summarizeSide(useCompare((s) => s.replies.a));
  const b = summarizeSide(useCompare((s) => s.replies.b));
  if (a.total + b.total === 0) return null;
  return (
    <p className="cp-summary" aria-label={t.summaryLabel}>
      {t.summary(a, b)}
    </p>
  );
}

/**
 * The A/B comparison, full window. The two sides are regions laid on one grid (compare.css):
 * each holds its choices and its conversation, and the rows of both share their heights, so
 * turn N of A sits beside turn N of B however long a reply runs.
 */
export function CompareDialog({
  onClose,
  returnFocus,
  listVersions,
}: {
  onClose(): void;
  returnFocus?: RefObject<HTMLElement | null>;
  /** The versions store's list; counts only when the studio's comparison is first made. */
  listVersions?: (personaId: string) => Promise<PersonaVersion[]>;
}) {
  const t = useMessages(compareMessages);
  const ui = useUiLanguage();
  const studio = useStudio();
  const store = useCompareStore(listVersions ? { listVersions } : {});
  const status = useCompare((s) => s.status);
  const users = useCompare((s) => s.users);
  const gone = useCompare((s) => (["a", "b"] as const).some((side) => !s.personaOf(side)));
  const endpoint = useStore(previewOf(studio).endpoint);
  useEffect(() => {
    void store.getState().open();
    // Closing stops a run: nothing would show its progress or stop it, and a model's replies
    // cost money. What has come stays, to be seen when the comparison opens again.
    return () => store.getState().stop();
  }, [store]);
  const running = status === "running";
  const ran = status === "done" || status === "stopped";
  const rows = {
    "--cp-rows-wide": users.length * 2,
    "--cp-rows-narrow": users.length * 3,
  } as CSSProperties;
  return (
    <Dialog
      title={t.title}
      description={t.description}
      closeLabel={t.close}
      onClose={onClose}
      returnFocus={returnFocus}
      wide
      actions={
        <>
          {running ? (
            <button type="button" className="cm-button" onClick={() => store.getState().stop()}>
              {t.stop}
            </button>
          ) : (
            <button
              type="button"
              className="cm-button cm-button-primary"
              disabled={users.length === 0 || gone}
              onClick={() => void store.getState().run()}
            >
              {t.run}
            </button>
          )}
          <button
            type="button"
            className="cm-button"
            disabled={!ran}
            onClick={() => void exportComparison("html", store.getState(), ui, endpoint)}
          >
            {t.exportHtml}
          </button>
          <button
            type="button"
            className="cm-button"
            disabled={!ran}
            onClick={() => void exportComparison("markdown", store.getState(), ui, endpoint)}
          >
            {t.exportMarkdown}
          </button>
        </>
      }
    >
      <div className="cp-compare">
        <p className="cp-note">{users.length === 0 ? t.noConversation : t.turns(users.length)}</p>
        {gone && <p className="cp-note cp-off">{t.personaGone}</p>}
        <Summary />
        <div className="cp-grid" style={rows}>
          {(["a", "b"] as const).map((side) => (
            <section key={side} className={`cp-side cp-side-${side}`} aria-label={t.side[side]}>
              <div className="cp-head">
                <h3>{t.side[side]}</h3>
                <SidePicker side={side} />
              </div>
              <ConversationList side={side} />
            </section>
          ))}
        </div>
      </div>
    </Dialog>
  );
}
