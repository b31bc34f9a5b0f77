import { Suspense, type ReactNode } from "react";
import { useStore } from "zustand";
import { storageStatusStore } from "../../stores/storage";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { ErrorBoundary, FailureNotice } from "./error-boundary";

/**
 * A part of the studio whose code loads lazily: `loading` while it comes, and a plain message
 * with "Reload" if it cannot come (or fails to render), never a blank studio.
 */
export function LazyPart({
  loading = null,
  children,
}: {
  loading?: ReactNode;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={<PartFailed />}>
      <Suspense fallback={loading}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/**
 * Reloading is safe when the persona is saved; when the storage refuses to save it (full,
 * disabled, or holding data this tab will not write over), the message says to export first.
 * A problem the designer dismissed no longer counts: its notice already told them.
 */
function PartFailed() {
  const t = useMessages(commonMessages);
  const saved = useStore(
    storageStatusStore,
    (s) => !s.problems.some((p) => p.kind !== "corrupted" || p.setAsideKey === undefined),
  );
  return <FailureNotice message={saved ? t.panelFailed : t.panelFailedUnsaved} />;
}
