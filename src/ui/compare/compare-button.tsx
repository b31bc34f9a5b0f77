import { lazy, useRef, useState } from "react";
import type { PersonaVersion } from "../../core/versions/types";
import { LazyPart } from "../common/lazy-part";
import { useMessages } from "../i18n";
import { headerMessages } from "../i18n/messages/header";
import { useOpenPersona } from "../studio-context";
import "../common/common.css";

// The dialog, the meter and the diff come only when a designer asks to compare.
const CompareDialog = lazy(() =>
  import("./compare-dialog").then((module) => ({ default: module.CompareDialog })),
);

/**
 * "Compare": opens the A/B comparison. Mount it in the header; `listVersions` is the versions
 * store's list of a persona's saved versions (without it, a side offers the open persona and
 * the other personas of the library).
 */
export function CompareButton({
  listVersions,
}: {
  listVersions?: (personaId: string) => Promise<PersonaVersion[]>;
}) {
  const t = useMessages(headerMessages);
  const hasOpen = useOpenPersona() !== undefined;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="cm-button"
        disabled={!hasOpen}
        aria-haspopup="dialog"
        // The comparison's store is made by the dialog, in its own chunk: importing it here
        // would bring the rehearsal and zod into the first screen's scripts.
        onClick={() => setOpen(true)}
      >
        {t.compare}
      </button>
      {open && (
        <LazyPart>
          <CompareDialog
            onClose={() => setOpen(false)}
            returnFocus={button}
            listVersions={listVersions}
          />
        </LazyPart>
      )}
    </>
  );
}
