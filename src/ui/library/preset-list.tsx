import { useId } from "react";
import { useStudio } from "../studio-context";
import { matchesName } from "./names";
import { useMessages } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";

/** The presets from personas/: read-only, each can be duplicated into the designer's own. */
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
  const presets = studio.presets.filter((preset) => matchesName(preset.name, query));

  return (
    <div className="lib-section">
      <h3 id={headingId} className="lib-heading">
        {t.presets}
      </h3>
      <p className="lib-note">{t.presetsNote}</p>
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
                  onClick={() => onDuplicated(studio.duplicatePreset(preset, preset.name))}
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
