import { useEffect, useId, useMemo, useState, type FormEvent, type RefObject } from "react";
import { useStore } from "zustand";
import type { Persona } from "../../core/persona/schema";
import { reviewLink } from "../../stores/exports";
import { autoVersion } from "../../stores/versions-auto";
import { versionsMessages } from "../i18n/messages/versions";
import { localOnlyHost } from "../../stores/settings-store";
import { useStudio } from "../studio-context";
import { CopyButton } from "./copy-button";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { exportMessages } from "../i18n/messages/export";
import { Dialog } from "../common/dialog";

/** Past this many characters some mail and chat apps cut or refuse a link. */
const LONG_LINK = 8_000;

/**
 * "Share for review": the review link, its length, copy and open. The link starts with the
 * studio's public address when the designer set one; built on this computer's own address
 * (localhost, a file), it is said plainly that nobody else can open it.
 */
export function ShareDialog({
  persona,
  returnFocus,
  onClose,
}: {
  persona: Persona;
  returnFocus?: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const t = useMessages(exportMessages);
  const { close } = useMessages(commonMessages);
  const fieldId = useId();
  const publicAddress = useStore(useStudio().settings, (s) => s.publicAddress);
  const base = publicAddress ?? window.location.href;
  const sharedName = useMessages(versionsMessages).sharedName;
  // The shared persona is kept as a version; once saved, the link names it for the feedback.
  const [versionId, setVersionId] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void autoVersion(persona, "share", sharedName).then((v) => live && setVersionId(v?.id));
    return () => {
      live = false;
    };
  }, [persona, sharedName]);
  const link = useMemo(() => reviewLink(persona, base, versionId), [persona, base, versionId]);
  const localHost = localOnlyHost(base);
  return (
    <Dialog
      title={t.shareTitle}
      description={t.shareHint}
      closeLabel={close}
      onClose={onClose}
      returnFocus={returnFocus}
      actions={
        <>
          <CopyButton text={link} />
          <a className="cm-button" href={link} target="_blank" rel="noopener">
            {t.openLink}
          </a>
        </>
      }
    >
      {localHost !== undefined && (
        <div role="note" className="cm-notice cm-notice-problem tr-share-note">
          <p className="cm-notice-text">{t.share.localOnly(localHost, t.items["review-page"])}</p>
        </div>
      )}
      <label className="tr-field" htmlFor={fieldId}>
        <span>{t.shareLink}</span>
      </label>
      <input
        id={fieldId}
        className="cm-field tr-link"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="tr-hint">
        {t.linkLength(link.length)}
        {link.length > LONG_LINK && ` — ${t.longLink}`}
      </p>
      <PublicAddressForm />
    </Dialog>
  );
}

type Outcome = "" | "saved" | "cleared" | "invalid";

/** The studio's public address, kept in the settings: the base of every review link. */
function PublicAddressForm() {
  const { share } = useMessages(exportMessages);
  const settings = useStudio().settings;
  const saved = useStore(settings, (s) => s.publicAddress);
  const [typed, setTyped] = useState(saved ?? "");
  const [outcome, setOutcome] = useState<Outcome>("");
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!settings.getState().setPublicAddress(typed)) return setOutcome("invalid");
    const address = settings.getState().publicAddress;
    setTyped(address ?? "");
    setOutcome(address === null ? "cleared" : "saved");
  };
  const said = {
    "": "",
    saved: share.publicAddressSaved(saved ?? ""),
    cleared: share.publicAddressCleared,
    invalid: share.publicAddressInvalid,
  }[outcome];
  return (
    <form className="tr-paste tr-share-address" noValidate onSubmit={submit}>
      <label className="tr-field" htmlFor={id}>
        <span>{share.publicAddress}</span>
      </label>
      <input
        id={id}
        className="cm-field"
        type="url"
        inputMode="url"
        spellCheck={false}
        placeholder="https://studio.example.org/"
        aria-describedby={`${id}-hint ${id}-outcome`}
        aria-invalid={outcome === "invalid"}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setOutcome("");
        }}
      />
      <p id={`${id}-hint`} className="tr-hint">
        {share.publicAddressHint}
      </p>
      <button type="submit" className="cm-button">
        {share.usePublicAddress}
      </button>
      <p id={`${id}-outcome`} role="status" className="tr-outcome-note">
        {said}
      </p>
    </form>
  );
}
