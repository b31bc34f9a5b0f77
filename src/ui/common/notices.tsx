import { lazy } from "react";
import { useStore } from "zustand";
import { storageStatusStore } from "../../stores/storage";
import { useLibrary } from "../studio-context";
import { LazyPart } from "./lazy-part";
import "./common.css";

// Most sessions never show a notice: their views load the first time one is needed.
const NoticeViews = lazy(() => import("./notice-views").then((m) => ({ default: m.NoticeViews })));

/**
 * Storage problems (role="alert": the designer's work is at risk) and the library's
 * informational notices (role="status"), each dismissible.
 */
export function Notices() {
  const problems = useStore(storageStatusStore, (s) => s.problems);
  const notice = useLibrary((s) => s.notice);
  return (
    <div className="cm-notices">
      {problems.length > 0 && (
        <LazyPart>
          <NoticeViews problems={problems} />
        </LazyPart>
      )}
      {/* A live region must exist before its text changes for screen readers to announce it. */}
      <div role="status" className="cm-status-region">
        {notice && (
          <LazyPart>
            <NoticeViews notice={notice} />
          </LazyPart>
        )}
      </div>
    </div>
  );
}
