import { useLayoutEffect, useRef, useState } from "react";
import type { PersonaSummary } from "./own-persona-list";
import { useLibrary } from "../studio-context";
import { useMessages } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";
import { RenameForm } from "./rename-form";

interface Props {
  persona: PersonaSummary;
  isOpen: boolean;
  focusRequested: boolean;
  onFocused: () => void;
  onChanged: (id: string) => void;
}

export function OwnPersonaItem({ persona, isOpen, focusRequested, onFocused, onChanged }: Props) {
  const t = useMessages(libraryMessages);
  const open = useLibrary((s) => s.open);
  const duplicate = useLibrary((s) => s.duplicate);
  const remove = useLibrary((s) => s.remove);
  const [renaming, setRenaming] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (focusRequested && !renaming) {
      openButton.current?.focus();
      onFocused();
    }
  }, [focusRequested, renaming, onFocused]);

  if (renaming) {
    return (
      <li className="lib-item lib-item-renaming">
        <RenameForm
          persona={persona}
          onDone={() => {
            setRenaming(false);
            onChanged(persona.id);
          }}
        />
      </li>
    );
  }

  return (
    <li className={isOpen ? "lib-item lib-item-open" : "lib-item"}>
      <button
        ref={openButton}
        type="button"
        className="lib-open"
        aria-current={isOpen ? "true" : undefined}
        lang={persona.language}
        onClick={() => open(persona.id)}
      >
        {/* aria-current says it to screen readers; the marker shows it without relying on colour. */}
        <span className="lib-marker" aria-hidden="true">
          {isOpen ? "▶" : ""}
        </span>
        <span className="lib-name">{persona.name}</span>
        {isOpen && (
          <span className="lib-badge" aria-hidden="true">
            {t.openMarker}
          </span>
        )}
      </button>
      <div className="lib-actions">
        <button
          type="button"
          className="cm-button"
          aria-label={t.duplicateLabel(persona.name)}
          onClick={() => onChanged(duplicate(persona.id, t.copyName(persona.name)))}
        >
          {t.duplicate}
        </button>
        <button
          type="button"
          className="cm-button"
          aria-label={t.renameLabel(persona.name)}
          onClick={() => setRenaming(true)}
        >
          {t.rename}
        </button>
        <button
          type="button"
          className="cm-button"
          aria-label={t.removeLabel(persona.name)}
          onClick={() => remove(persona.id)}
        >
          {t.remove}
        </button>
      </div>
    </li>
  );
}
