import { useStore } from "zustand";
import { FailureNotice } from "../common/error-boundary";
import { useMessages } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";
import { useLibrary, useStudio } from "../studio-context";

/**
 * Where the editor stands while no persona is open because a first launch is still
 * fetching the preset it opens, or failed to: said, not a blank column.
 */
export function StartStatus() {
  const t = useMessages(libraryMessages);
  const studio = useStudio();
  const nothingOpen = useLibrary((s) => s.openId === null);
  const loading = useStore(studio.presets, (s) => s.loading);
  const failed = useStore(studio.presets, (s) => s.failed !== undefined);
  if (!nothingOpen) return null;
  if (failed) return <FailureNotice message={t.presetsFailed} />;
  return loading ? <p role="status">{t.loadingPresets}</p> : null;
}
