import { useStore } from "zustand";
import { dismissStorageProblem, readRaw, storageStatusStore, type StorageProblem } from "../../stores/storage";
import type { LibraryNotice } from "../../stores/library-store";
import { useLibrary } from "../studio-context";
import { downloadText } from "./download";
import { useCommonMessages, type CommonMessages } from "./messages";
import "./common.css";

/**
 * Storage problems (role="alert": the designer's work is at risk) and the library's
 * informational notices (role="status"), each dismissible.
 */
export function Notices() {
  const problems = useStore(storageStatusStore, (s) => s.problems);
  const notice = useLibrary((s) => s.notice);
  return (
    <div className="cm-notices">
      {groupProblems(problems).map((group) => (
        <StorageProblemNotice key={`${group[0]!.kind}:${group[0]!.setAsideKey ?? group[0]!.key}`} group={group} />
      ))}
      {/* A live region must exist before its text changes for screen readers to announce it. */}
      <div role="status" className="cm-status-region">
        {notice && <LibraryNoticeView notice={notice} />}
      </div>
    </div>
  );
}

/**
 * The library and the settings share one storage: a full or disabled storage is one
 * message, not one per key. Each set-aside value keeps its own download.
 */
function groupProblems(problems: readonly StorageProblem[]): StorageProblem[][] {
  const groups = new Map<string, StorageProblem[]>();
  for (const problem of problems) {
    const key = problem.kind === "corrupted" ? `corrupted:${problem.setAsideKey ?? problem.key}` : problem.kind;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()];
}

function problemText(problem: StorageProblem, t: CommonMessages): string {
  if (problem.kind === "quota") return t.quota;
  if (problem.kind === "unavailable") return t.unavailable;
  return problem.setAsideKey ? t.corrupted : t.corruptedNotMoved;
}

function StorageProblemNotice({ group }: { group: StorageProblem[] }) {
  const t = useCommonMessages();
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
        <button type="button" className="cm-button" onClick={() => group.forEach(dismissStorageProblem)}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}

function LibraryNoticeView({ notice }: { notice: LibraryNotice }) {
  const t = useCommonMessages();
  const copyName = useLibrary((s) => (notice.kind === "saved-as-copy" ? s.entries[notice.copyId]?.persona.name : undefined));
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
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
