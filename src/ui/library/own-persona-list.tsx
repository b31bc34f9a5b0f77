import { useId } from "react";
import { useLibrary } from "../studio-context";
import { matchesName } from "./names";
import { useLibraryMessages } from "./messages";
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
  const t = useLibraryMessages();
  const headingId = useId();
  // Two stable references rather than one derived array: a selector returning a new
  // array on every call would re-render forever.
  const order = useLibrary((s) => s.order);
  const entries = useLibrary((s) => s.entries);
  const openId = useLibrary((s) => s.openId);
  const personas = order.flatMap((id) => {
    const persona = entries[id]?.persona;
    return persona && matchesName(persona.name, query) ? [persona] : [];
  });

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
