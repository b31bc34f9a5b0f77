import { useMemo } from "react";
import { mergeWarnings } from "../../core/compiler/example-warnings";
import type { CompileResult } from "../../core/compiler/types";
import { useOpenPersona } from "../studio-context";
import { useMessages } from "../i18n";
import { promptMessages } from "../i18n/messages/prompt";
import { useExampleWarnings } from "./use-example-warnings";

/**
 * compile()'s warnings, then the style meter's on the example replies once it has read
 * them. PromptPanel loads this list lazily, with the code that reaches for the meter, so
 * the studio's entry chunk stays as it was; a component of its own, so a meter reading
 * re-renders the list and not the prompt above it.
 */
export function PromptWarnings({ compiled }: { compiled: CompileResult }) {
  const t = useMessages(promptMessages);
  const examples = useExampleWarnings(useOpenPersona());
  const warnings = useMemo(
    () => mergeWarnings(compiled.warnings, examples),
    [compiled.warnings, examples],
  );
  return (
    // A named section (a region landmark), so the lint is reachable from a screen reader's list of landmarks.
    <section className="pr-warnings" aria-labelledby="pr-warnings-title">
      <h3 id="pr-warnings-title">{t.warnings(warnings.length)}</h3>
      {warnings.length === 0 ? (
        <p>{t.noWarnings}</p>
      ) : (
        <ul>
          {warnings.map((w, i) => (
            <li key={`${w.code}-${i}`} lang={compiled.language}>
              <span aria-hidden="true">⚠ </span>
              {w.message} <code>{w.code}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
