/**
 * "Save version" and "Versions", for the header. Light on the first screen: the dialogs, the
 * IndexedDB store and the diff code load when a button is first pressed.
 */
import { lazy, useRef, useState } from "react";
import { useOpenPersona } from "../studio-context";
import { useMessages } from "../i18n";
import { headerMessages } from "../i18n/messages/header";
import { LazyPart } from "../common/lazy-part";
import "../common/common.css";
import "./versions.css";

const SaveVersionDialog = lazy(() =>
  import("./save-version-dialog").then((m) => ({ default: m.SaveVersionDialog })),
);
const VersionsDialog = lazy(() =>
  import("./versions-dialog").then((m) => ({ default: m.VersionsDialog })),
);

/** "Save version": a name (required) and a note; says so once saved. */
export function SaveVersionButton() {
  const t = useMessages(headerMessages);
  const persona = useOpenPersona();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div className="vs-button">
      <button
        ref={opener}
        type="button"
        className="cm-button"
        aria-haspopup="dialog"
        disabled={!persona}
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        {t.saveVersion}
      </button>
      <p role="status" className="vs-status">
        {saved !== null && t.versionSaved(saved)}
      </p>
      {open && persona && (
        <LazyPart>
          <SaveVersionDialog
            persona={persona}
            returnFocus={opener}
            onClose={() => setOpen(false)}
            onSaved={(name) => {
              setOpen(false);
              setSaved(name);
            }}
          />
        </LazyPart>
      )}
    </div>
  );
}

/** "Versions": the list, compare, restore, open as new persona, export with history. */
export function VersionsButton() {
  const t = useMessages(headerMessages);
  const persona = useOpenPersona();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div className="vs-button">
      <button
        ref={opener}
        type="button"
        className="cm-button"
        aria-haspopup="dialog"
        disabled={!persona}
        onClick={() => setOpen(true)}
      >
        {t.versions}
      </button>
      {open && persona && (
        <LazyPart>
          <VersionsDialog
            personaId={persona.id}
            returnFocus={opener}
            onClose={() => setOpen(false)}
          />
        </LazyPart>
      )}
    </div>
  );
}
