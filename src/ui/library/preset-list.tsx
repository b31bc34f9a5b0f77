import { useId, useState } from "react";
import { useStore } from "zustand";
import { FailureNotice } from "../common/error-boundary";
import { useStudio } from "../studio-context";
import { matchesName } from "./names";
import { useMessages } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";

/**
 * The presets from personas/: read-only, each can be duplicated into the designer's own.
 * The list shows their summaries; the presets themselves are fetched on the first
 * duplication, unless a first launch already has.
 */
export function PresetList({
  query,
  onDuplicated,
}: {
  query: string;
  onDuplicated: (id: string) => void;
}) {
  const t = useMessages(libraryMessages);
  const headingId = useId();
  const studio = useStudio();
  // This list's own failure: a first launch's is said in the editor (start-status.tsx).
  const [failed, setFailed] = useState(false);
  const summaries = useStore(studio.presets, (s) => s.summaries);
  const presets = summaries.filter((preset) => matchesName(preset.name, query));
  // Only a reload fetches a chunk the browser failed to fetch, hence no retry here.
  const duplicate = (id: string) => studio.copyPreset(id).then(onDuplicated, () => setFailed(true));

  return (
    <div className="lib-section">
      <h3 id={headingId} className="lib-heading">
        {t.presets}
      </h3>
      <p className="lib-note">{t.presetsNote}</p>
      {failed && <FailureNotice message={t.presetsFailed} />}
      {presets.length === 0 ? (
        <p className="lib-empty">{t.noMatch(query)}</p>
      ) : (
        <ul className="lib-list" aria-labelledby={headingId}>
          {presets.map((preset) => (
            <li key={preset.id} className="lib-item lib-preset">
              <div className="lib-preset-text" lang={preset.language}>
                <span className="lib-name">{preset.name}</span>
                <span className="lib-lang">{preset.language.toUpperCase()}</span>
                {preset.description && <p className="lib-description">{preset.description}</p>}
              </div>
              <div className="lib-actions">
                <button
                  type="button"
                  className="cm-button"
                  aria-label={t.duplicateToEditLabel(preset.name)}
                  onClick={() => void duplicate(preset.id)}
                >
                  {t.duplicateToEdit}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
