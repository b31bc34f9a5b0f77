import { useMemo } from "react";
import { describeChange } from "../../core/persona/diff";
import { compareVersions } from "../../core/versions/compare";
import type { PersonaVersion } from "../../core/versions/types";
import { useMessages, useUiLanguage } from "../i18n";
import { versionsMessages } from "../i18n/messages/versions";

/**
 * "Compare versions": the region "Changes", older to newer. Sliders with their band names,
 * every other change in words, and the compiled prompt line by line, each added or removed
 * line marked by a sign and a word for screen readers, not by colour alone.
 */
export function VersionCompare({ a, b }: { a: PersonaVersion; b: PersonaVersion }) {
  const t = useMessages(versionsMessages);
  const ui = useUiLanguage();
  const cmp = useMemo(() => compareVersions(a, b), [a, b]);
  const nothing = cmp.voice.length + cmp.other.length === 0;
  return (
    <section className="vs-compare" aria-label={t.changes}>
      <h3>{t.changes}</h3>
      <p className="vs-comparing">{t.comparing(cmp.before.name, cmp.after.name)}</p>
      {nothing && <p>{t.noChange}</p>}
      {cmp.voice.length > 0 && (
        <>
          <h4>{t.voiceChanges}</h4>
          <ul className="vs-changes">
            {cmp.voice.map((change) => (
              <li key={change.dimension}>{describeChange(change, ui, { bands: true })}</li>
            ))}
          </ul>
        </>
      )}
      {cmp.other.length > 0 && (
        <>
          <h4>{t.otherChanges}</h4>
          <ul className="vs-changes">
            {cmp.other.map((change, i) => (
              <li key={i}>{describeChange(change, ui)}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t.promptDiff}</h4>
      <pre className="vs-prompt" tabIndex={0}>
        {cmp.prompt.diff.flatMap((part, i) =>
          part.text
            .replace(/\n$/, "")
            .split("\n")
            .map((line, j) =>
              part.kind === "same" ? (
                <span key={`${i}.${j}`} className="vs-line">
                  {"  "}
                  {line}
                  {"\n"}
                </span>
              ) : part.kind === "added" ? (
                <ins
                  key={`${i}.${j}`}
                  className="vs-line vs-added"
                  aria-label={`${t.added}: ${line}`}
                >
                  {"+ "}
                  {line}
                  {"\n"}
                </ins>
              ) : (
                <del
                  key={`${i}.${j}`}
                  className="vs-line vs-removed"
                  aria-label={`${t.removed}: ${line}`}
                >
                  {"− "}
                  {line}
                  {"\n"}
                </del>
              ),
            ),
        )}
      </pre>
    </section>
  );
}
