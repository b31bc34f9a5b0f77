import { useCallback, useState } from "react";
import { useStudio } from "../studio-context";
import { matchesName } from "./names";
import { useMessages } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";
import { NewPersona } from "./new-persona";
import { OwnPersonaList } from "./own-persona-list";
import { PresetList } from "./preset-list";
import { DeleteStatus } from "./delete-status";
import "../common/common.css";
import "./library.css";

/**
 * The designer's personas and the read-only presets, with one search over both. A plain
 * div with headings, not a landmark: App already places it in a labelled <aside>.
 * After an action, focus moves to the persona it concerns (`focusId`), so a keyboard or
 * screen-reader user is never dropped on <body> when the button they pressed goes away.
 */
export function LibraryPanel() {
  const t = useMessages(libraryMessages);
  const [query, setQuery] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);
  const clearFocus = useCallback(() => setFocusId(null), []);
  const studio = useStudio();
  // A persona just created, copied, renamed or restored must be visible to take focus.
  const reveal = (id: string) => {
    const name = studio.library.getState().entries[id]?.persona.name ?? "";
    if (!matchesName(name, query)) setQuery("");
    setFocusId(id);
  };

  return (
    <div className="lib-panel">
      <h2 className="lib-title">{t.library}</h2>
      <input
        type="search"
        className="cm-field lib-search"
        aria-label={t.search}
        placeholder={t.search}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <NewPersona onCreated={reveal} />
      <OwnPersonaList query={query} focusId={focusId} onFocused={clearFocus} onChanged={reveal} />
      <DeleteStatus onRestored={reveal} />
      <PresetList query={query} onDuplicated={reveal} />
    </div>
  );
}
