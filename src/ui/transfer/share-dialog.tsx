import { useId, useMemo } from "react";
import type { Persona } from "../../core/persona/schema";
import { reviewLink } from "../../stores/exports";
import { CopyButton } from "./copy-button";
import { useExportMessages } from "./export-messages";
import { Modal } from "./modal";

/** Past this many characters some mail and chat apps cut or refuse a link. */
const LONG_LINK = 8_000;

/** "Share for review": the review link, its length, copy and open. */
export function ShareDialog({ persona, onClose }: { persona: Persona; onClose: () => void }) {
  const t = useExportMessages();
  const fieldId = useId();
  const link = useMemo(() => reviewLink(persona, window.location.href), [persona]);
  return (
    <Modal title={t.shareTitle} closeLabel={t.close} onClose={onClose}>
      <p className="tr-hint">{t.shareHint}</p>
      <label className="tr-field" htmlFor={fieldId}>
        <span>{t.shareLink}</span>
      </label>
      <input id={fieldId} className="cm-field tr-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
      <p className="tr-hint">
        {t.linkLength(link.length)}
        {link.length > LONG_LINK && ` — ${t.longLink}`}
      </p>
      <div className="tr-row">
        <CopyButton text={link} t={t} />
        <a className="cm-button" href={link} target="_blank" rel="noopener">
          {t.openLink}
        </a>
      </div>
    </Modal>
  );
}
