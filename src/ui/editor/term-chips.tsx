import { useLayoutEffect, useId, useRef, useState, type FormEvent } from "react";
import { addTerm, removeTerm, type TermList } from "../../core/persona/edits";
import {
  guardrailsSchema,
  lexiconSchema,
  maxLengthOf,
  type Persona,
} from "../../core/persona/schema";
import { useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";
import { WarningNotes } from "./warning-notes";

const LISTS = {
  prefer: {
    path: "lexicon.prefer",
    schema: lexiconSchema.shape.prefer,
    select: (p: Persona) => p.lexicon.prefer,
  },
  avoid: {
    path: "lexicon.avoid",
    schema: lexiconSchema.shape.avoid,
    select: (p: Persona) => p.lexicon.avoid,
  },
  avoidTopics: {
    path: "guardrails.avoidTopics",
    schema: guardrailsSchema.shape.avoidTopics,
    select: (p: Persona) => p.guardrails.avoidTopics,
  },
} as const;

const NONE: readonly string[] = [];

/** A list of words or topics as removable chips, with an input that adds one on Enter. */
export function TermChips({ list }: { list: TermList }) {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const m = t.lists[list];
  const spec = LISTS[list];
  const terms = usePersonaSlice(spec.select) ?? NONE;
  const language = usePersonaSlice((p) => p.language);
  const [text, setText] = useState("");
  const [note, setNote] = useState<string | null>(null);
  // After a chip is removed its button is gone: focus moves to the next chip, or the input.
  // A ref, not state: the edit itself re-renders the chips, and the effect then moves focus.
  const refocus = useRef<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const legendId = useId();
  const inputId = useId();
  const noteId = useId();
  const warningsId = useId();

  useLayoutEffect(() => {
    if (refocus.current === null) return;
    // One remove button per term, in order.
    const index = Math.min(refocus.current, terms.length - 1);
    refocus.current = null;
    const target =
      index < 0 ? inputRef.current : listRef.current?.querySelectorAll("button")[index];
    target?.focus();
  }, [terms.length]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const term = text.trim();
    if (term === "") return;
    if (!spec.schema.safeParse([...terms, term]).success) return setNote(t.listFull);
    studio.edit(addTerm(list, term));
    // addTerm owns the rule for duplicates (case-insensitive): the list not growing means
    // the term was already there.
    const persona = studio.openPersona();
    if (persona && spec.select(persona).length === terms.length) return setNote(m.duplicate(term));
    setText("");
    setNote(null);
  };

  return (
    <fieldset className="ed-terms" aria-labelledby={legendId} aria-describedby={warningsId}>
      <legend id={legendId} className="ed-label">
        {m.title}
      </legend>
      <ul ref={listRef} className="ed-chips" aria-labelledby={legendId}>
        {terms.map((term, i) => (
          <li key={`${i}:${term}`} className="ed-chip">
            <span lang={language}>{term}</span>
            <button
              type="button"
              className="ed-chip-remove"
              aria-label={t.remove(term)}
              onClick={() => {
                studio.edit(removeTerm(list, i));
                refocus.current = i;
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="ed-term-form" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="ed-sublabel">
          {m.input}
        </label>
        <div className="ed-term-row">
          <input
            ref={inputRef}
            id={inputId}
            className="ed-input"
            type="text"
            lang={language}
            value={text}
            maxLength={maxLengthOf(spec.schema.def.element)}
            aria-describedby={noteId}
            onChange={(e) => {
              setText(e.target.value);
              setNote(null);
            }}
          />
          <button type="submit">{t.add}</button>
        </div>
        {/* Always present: a live region must exist before its text changes to be announced. */}
        <p id={noteId} className="ed-hint" role="status">
          {note}
        </p>
      </form>
      <WarningNotes id={warningsId} path={spec.path} />
    </fieldset>
  );
}
