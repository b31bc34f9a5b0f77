import { useMemo } from "react";
import { describeChange } from "../../core/persona/diff";
import { compareVersions } from "../../core/versions/compare";
import type { DiffPart } from "../../core/text/text-diff";
import type { PersonaVersion } from "../../core/versions/types";
import { useMessages, useUiLanguage } from "../i18n";
import { versionsMessages } from "../i18n/messages/versions";

type Line = { kind: DiffPart["kind"]; text: string } | { kind: "gap"; count: number };

/** Unchanged lines kept around each change; longer unchanged runs are folded into a count. */
const CONTEXT = 2;

/** The diff line by line, long unchanged stretches folded: the changes are what one reads. */
export function promptLines(diff: readonly DiffPart[]): Line[] {
  const lines = diff.flatMap((part) =>
    part.text
      .replace(/\n$/, "")
      .split("\n")
      .map((text) => ({ kind: part.kind, text })),
  );
  const near = lines.map((_, i) =>
    lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((line) => line.kind !== "same"),
  );
  const out: Line[] = [];
  lines.forEach((line, i) => {
    if (line.kind !== "same" || near[i]) return void out.push(line);
    const last = out.at(-1);
    if (last?.kind === "gap") last.count++;
    else out.push({ kind: "gap", count: 1 });
  });
  return out;
}

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
        {promptLines(cmp.prompt.diff).map((line, i) =>
          line.kind === "gap" ? (
            <span key={i} className="vs-line vs-gap">
              {t.unchangedLines(line.count)}
              {"\n"}
            </span>
          ) : line.kind === "same" ? (
            <span key={i} className="vs-line">
              {"  "}
              {line.text}
              {"\n"}
            </span>
          ) : line.kind === "added" ? (
            <ins key={i} className="vs-line vs-added" aria-label={`${t.added}: ${line.text}`}>
              {"+ "}
              {line.text}
              {"\n"}
            </ins>
          ) : (
            <del key={i} className="vs-line vs-removed" aria-label={`${t.removed}: ${line.text}`}>
              {"− "}
              {line.text}
              {"\n"}
            </del>
          ),
        )}
      </pre>
    </section>
  );
}
