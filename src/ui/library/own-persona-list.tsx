import { useId } from "react";
import { useShallow } from "zustand/react/shallow";
import type { LibraryState } from "../../stores/library-store";
import { useLibrary } from "../studio-context";
import { matchesName } from "./names";
import { useMessages } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";
import { OwnPersonaItem } from "./own-persona-item";

interface Props {
  query: string;
  /** The persona whose open button should take focus, once. */
  focusId: string | null;
  onFocused: () => void;
  /** Called with the persona an action produced or changed, to focus it. */
  onChanged: (id: string) => void;
}

export function OwnPersonaList({ query, focusId, onFocused, onChanged }: Props) {
  const t = useMessages(libraryMessages);
  const headingId = useId();
  // Only what the list shows, compared item by item: a slider step saves the open persona
  // but changes no name, so the list does not re-render.
  const summaries = useLibrary(useShallow(selectSummaries));
  const order = useLibrary((s) => s.order);
  const openId = useLibrary((s) => s.openId);
  const personas = summaries.filter((p) => matchesName(p.name, query));

  return (
    <div className="lib-section">
      <h3 id={headingId} className="lib-heading">
        {t.yours}
      </h3>
      {personas.length === 0 ? (
        <p className="lib-empty">{order.length === 0 ? t.noneYet : t.noMatch(query)}</p>
      ) : (
        <ul className="lib-list" aria-labelledby={headingId}>
          {personas.map((persona) => (
            <OwnPersonaItem
              key={persona.id}
              persona={persona}
              isOpen={persona.id === openId}
              focusRequested={persona.id === focusId}
              onFocused={onFocused}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

export interface PersonaSummary {
  id: string;
  name: string;
  language: string;
}

// Reused while a persona's name and language stay the same, so useShallow sees the same
// items after an edit that changed neither.
const summaries = new Map<string, PersonaSummary>();

function selectSummaries(s: LibraryState): PersonaSummary[] {
  return s.order.flatMap((id) => {
    const persona = s.entries[id]?.persona;
    if (!persona) return [];
    const known = summaries.get(id);
    if (known && known.name === persona.name && known.language === persona.language) return [known];
    const summary = { id, name: persona.name, language: persona.language };
    summaries.set(id, summary);
    return [summary];
  });
}
