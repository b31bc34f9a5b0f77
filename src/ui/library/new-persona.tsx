import { lazy, useLayoutEffect, useRef, useState } from "react";
import { useLibrary } from "../studio-context";
import { useMessages, useUiLanguage } from "../i18n";
import { libraryMessages } from "../i18n/messages/library";
import { LazyPart } from "../common/lazy-part";

// The form is loaded on first use: the first screen only shows the button.
const NewPersonaForm = lazy(() =>
  import("./new-persona-form").then((m) => ({ default: m.NewPersonaForm })),
);

/** "New persona" opens an inline form asking a name and the assistant's language. */
export function NewPersona({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useMessages(libraryMessages);
  const uiLanguage = useUiLanguage();
  const create = useLibrary((s) => s.create);
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Cancelling brings the opener back; focus it once it is rendered again.
  useLayoutEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  if (!editing) {
    return (
      <button
        ref={opener}
        type="button"
        className="cm-button cm-button-primary lib-new"
        onClick={() => setEditing(true)}
      >
        {t.newPersona}
      </button>
    );
  }
  return (
    <LazyPart>
      <NewPersonaForm
        defaultLanguage={uiLanguage}
        onCancel={close}
        onSubmit={(name, language) => {
          setEditing(false);
          onCreated(create(language, name));
        }}
      />
    </LazyPart>
  );
}
