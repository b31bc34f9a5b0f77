import { useId } from "react";
import { useHistoryFlags, useStudio, useUiLanguageChoice } from "../studio-context";
import { useMessages } from "../i18n";
import { shellMessages } from "../i18n/messages/shell";
import { ImportButton } from "../transfer/import-button";
import { ExportButton } from "../transfer/export-button";
import { ExportMenu } from "../transfer/export-menu";
import { SaveVersionButton, VersionsButton } from "../versions/version-buttons";
import { CompareButton } from "../compare/compare-button";
import "../common/common.css";

// The versions store (and IndexedDB) loads only when the comparison first lists versions.
const listVersionsLazily = (personaId: string) =>
  import("../../stores/versions-store").then((m) => m.listVersions(personaId));

export function Header() {
  const studio = useStudio();
  const [ui, chooseUi] = useUiLanguageChoice();
  const t = useMessages(shellMessages);
  const { canUndo, canRedo } = useHistoryFlags();
  const languageId = useId();
  return (
    <header className="sh-header">
      <div className="sh-brand">
        <h1>
          Psydesign<span className="sh-brand-tail"> Studio</span>
        </h1>
        <p>{t.tagline}</p>
      </div>
      <div className="sh-actions" role="group" aria-label={t.toolbar}>
        <button
          type="button"
          onClick={studio.undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {t.undo}
        </button>
        <button
          type="button"
          onClick={studio.redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t.redo}
        </button>
        <ImportButton />
        <ExportButton />
        <ExportMenu />
      </div>
      <div className="sh-workbench-actions" role="group" aria-label={t.versionTools}>
        <SaveVersionButton />
        <VersionsButton />
        <CompareButton listVersions={listVersionsLazily} />
      </div>
      <div className="sh-language">
        {/* Read by screen readers; on screen, "English" / "Français" says what the list is,
            and the words would push the studio's name out of a French header at 1440 px. */}
        <label htmlFor={languageId} className="cm-visually-hidden">
          {t.interfaceLanguage}
        </label>
        <select
          id={languageId}
          value={ui}
          onChange={(e) => chooseUi(e.target.value === "fr" ? "fr" : "en")}
        >
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </div>
    </header>
  );
}
