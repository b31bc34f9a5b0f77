import { dismissStorageProblem, readRaw, type StorageProblem } from "../../stores/storage";
import type { LibraryNotice } from "../../stores/library-store";
import { useLibrary } from "../studio-context";
import { downloadText } from "./download";
import { useMessages, type MessagesOf } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { noticeMessages } from "../i18n/messages/notices";

/** Storage problems as alerts, or one library notice, whichever the caller passes. */
export function NoticeViews({
  problems,
  notice,
}: {
  problems?: readonly StorageProblem[];
  notice?: LibraryNotice;
}) {
  if (notice) return <LibraryNoticeView notice={notice} />;
  return (
    <>
      {groupProblems(problems ?? []).map((group) => (
        <StorageProblemNotice
          key={`${group[0]!.kind}:${group[0]!.setAsideKey ?? group[0]!.key}`}
          group={group}
        />
      ))}
    </>
  );
}

/**
 * The library and the settings share one storage: a full or disabled storage is one
 * message, not one per key. Each set-aside value keeps its own download.
 */
export function groupProblems(problems: readonly StorageProblem[]): StorageProblem[][] {
  const groups = new Map<string, StorageProblem[]>();
  for (const problem of problems) {
    const key =
      problem.kind === "corrupted"
        ? `corrupted:${problem.setAsideKey ?? problem.key}`
        : problem.kind;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()];
}

function problemText(problem: StorageProblem, t: MessagesOf<typeof noticeMessages>): string {
  if (problem.kind === "quota") return t.quota;
  if (problem.kind === "unavailable") return t.unavailable;
  return problem.setAsideKey ? t.corrupted : t.corruptedNotMoved;
}

export function StorageProblemNotice({ group }: { group: StorageProblem[] }) {
  const t = useMessages(noticeMessages);
  const { dismiss } = useMessages(commonMessages);
  const problem = group[0]!;
  const setAsideKey = problem.kind === "corrupted" ? problem.setAsideKey : undefined;
  const download = () => {
    const raw = setAsideKey && readRaw(setAsideKey);
    if (raw) downloadText(`${setAsideKey}.json`, raw);
  };
  return (
    <div role="alert" className="cm-notice cm-notice-problem">
      <p className="cm-notice-text">{problemText(problem, t)}</p>
      <div className="cm-notice-actions">
        {setAsideKey && (
          <button type="button" className="cm-button" onClick={download}>
            {t.downloadSetAside}
          </button>
        )}
        <button
          type="button"
          className="cm-button"
          onClick={() => group.forEach(dismissStorageProblem)}
        >
          {dismiss}
        </button>
      </div>
    </div>
  );
}

export function LibraryNoticeView({ notice }: { notice: LibraryNotice }) {
  const t = useMessages(noticeMessages);
  const common = useMessages(commonMessages);
  const copyName = useLibrary((s) =>
    notice.kind === "saved-as-copy" ? s.entries[notice.copyId]?.persona.name : undefined,
  );
  const dismiss = useLibrary((s) => s.dismissNotice);
  const text =
    notice.kind === "changed-elsewhere"
      ? t.changedElsewhere
      : notice.kind === "saved-as-copy"
        ? t.savedAsCopy(copyName ?? notice.copyId)
        : t.setAside(notice.ids.length);
  return (
    <div className="cm-notice cm-notice-info">
      <p className="cm-notice-text">{text}</p>
      <div className="cm-notice-actions">
        <button type="button" className="cm-button" onClick={dismiss}>
          {common.dismiss}
        </button>
      </div>
    </div>
  );
}
