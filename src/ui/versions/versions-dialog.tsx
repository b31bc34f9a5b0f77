import { lazy, useEffect, useId, useMemo, useState, type RefObject } from "react";
import { useStore } from "zustand";
import { createHistory, historyFilename, serializeHistory } from "../../core/versions/history-file";
import { versionSummaries } from "../../core/versions/summaries";
import type { PersonaVersion } from "../../core/versions/types";
import { autoVersion } from "../../stores/versions-auto";
import { listVersions, versionsStore } from "../../stores/versions-store";
import { downloadText } from "../common/download";
import { Dialog } from "../common/dialog";
import { LazyPart } from "../common/lazy-part";
import { useLibrary, useStudio } from "../studio-context";
import { useMessages, useUiLanguage } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { versionsMessages } from "../i18n/messages/versions";

// The compiler's prompts and the diff library: only once two versions are compared.
const VersionCompare = lazy(() =>
  import("./version-compare").then((m) => ({ default: m.VersionCompare })),
);

const NONE: readonly PersonaVersion[] = [];

interface Props {
  personaId: string;
  returnFocus?: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * The open persona's versions, newest first, each with its date, name, origin and what
 * changed since the one before. One picked: restore it (one undo step) or open it as a new
 * persona; two: compare them.
 */
export function VersionsDialog({ personaId, returnFocus, onClose }: Props) {
  const t = useMessages(versionsMessages);
  const { close } = useMessages(commonMessages);
  const ui = useUiLanguage();
  const studio = useStudio();
  const id = useId();
  const store = versionsStore();
  const status = useStore(store, (s) => s.status);
  const versions = useStore(store, (s) => s.byPersona[personaId] ?? NONE);
  const unreadable = useStore(store, (s) => s.unreadable[personaId] ?? 0);
  const persona = useLibrary((s) => s.entries[personaId]?.persona);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState<[PersonaVersion, PersonaVersion] | null>(null);
  const [said, setSaid] = useState("");

  useEffect(() => {
    void listVersions(personaId);
  }, [personaId]);

  const summaries = useMemo(() => versionSummaries(versions, ui), [versions, ui]);
  const shown = versions.map((version, i) => ({ version, summary: summaries[i] })).toReversed();
  const chosen = picked.flatMap((p) => versions.filter((v) => v.id === p));
  const one = chosen.length === 1 ? chosen[0] : undefined;

  const toggle = (versionId: string, on: boolean) => {
    setComparing(null);
    // A third pick lets go of the first: compare always takes two.
    setPicked((p) =>
      on
        ? [...p.filter((x) => x !== versionId), versionId].slice(-2)
        : p.filter((x) => x !== versionId),
    );
  };

  const restore = (version: PersonaVersion) => {
    studio.edit((current) => ({ ...version.persona, id: current.id }));
    setSaid(t.restored(version.name));
  };

  const openAsNew = (version: PersonaVersion) => {
    const name = t.newPersonaName(version.persona.name, version.name);
    studio.library.getState().add(version.persona, name);
    setSaid(t.opened(name));
  };

  const exportHistory = async () => {
    if (!persona) return;
    await autoVersion(persona, "export", historyFilename(persona));
    const all = await listVersions(personaId);
    const filename = historyFilename(persona);
    downloadText(filename, serializeHistory(createHistory(persona, all)));
    setSaid(t.exported(filename));
  };

  const date = (iso: string) =>
    new Date(iso).toLocaleString(ui, { dateStyle: "medium", timeStyle: "short" });

  return (
    <Dialog
      title={t.listTitle(persona?.name ?? personaId)}
      description={t.listHint}
      closeLabel={close}
      onClose={onClose}
      returnFocus={returnFocus}
      wide
      actions={
        <>
          <span className="vs-count">{t.selected(chosen.length)}</span>
          <button
            type="button"
            className="cm-button cm-button-primary vs-action"
            disabled={chosen.length !== 2}
            onClick={() => setComparing([chosen[0]!, chosen[1]!])}
          >
            {t.compare}
          </button>
          <button
            type="button"
            className="cm-button vs-action"
            disabled={!one}
            onClick={() => one && restore(one)}
          >
            {t.restore}
          </button>
          <button
            type="button"
            className="cm-button vs-action"
            disabled={!one}
            onClick={() => one && openAsNew(one)}
          >
            {t.openAsNew}
          </button>
          <button
            type="button"
            className="cm-button vs-action"
            disabled={status !== "ready" || !persona}
            onClick={() => void exportHistory()}
          >
            {t.exportHistory}
          </button>
        </>
      }
    >
      <p role="status" className="vs-status">
        {said}
      </p>
      {status === "unavailable" && (
        <div role="note" className="cm-notice cm-notice-problem">
          <p className="cm-notice-text">{t.unavailable}</p>
        </div>
      )}
      {unreadable > 0 && <p className="tr-hint">{t.unreadable(unreadable)}</p>}
      {status === "ready" && versions.length === 0 && <p>{t.empty}</p>}
      {shown.length > 0 && (
        <ul className="vs-list" aria-label={t.listLabel}>
          {shown.map(({ version, summary }) => (
            <li key={version.id} className="vs-item">
              <input
                id={`${id}-${version.id}`}
                type="checkbox"
                checked={picked.includes(version.id)}
                onChange={(e) => toggle(version.id, e.target.checked)}
                aria-describedby={`${id}-${version.id}-about`}
              />
              <div className="vs-item-text">
                <label htmlFor={`${id}-${version.id}`} className="vs-name">
                  {version.name}
                </label>
                <p id={`${id}-${version.id}-about`} className="vs-about">
                  <time dateTime={version.createdAt}>{date(version.createdAt)}</time>
                  {" · "}
                  {t.origin[version.origin]}
                  {" · "}
                  {summary ?? t.firstVersion}
                </p>
                {version.note && <p className="vs-note">{version.note}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {comparing && (
        <LazyPart>
          <VersionCompare a={comparing[0]} b={comparing[1]} />
        </LazyPart>
      )}
    </Dialog>
  );
}
