import { useId, useState } from "react";
import type { z } from "zod/mini";
import type { Edit } from "../../core/persona/edits";
import { maxLengthOf, type Persona } from "../../core/persona/schema";
import { useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";
import { WarningNotes } from "./warning-notes";

/** A text field's rule, straight from the persona schema (the one source of truth). */
export type TextSchema = z.ZodMiniString<string> | z.ZodMiniOptional<z.ZodMiniString<string>>;

interface TextFieldProps {
  label: string;
  /** The persona path: the undo gesture key and the warnings shown beside the field. */
  path: string;
  select: (persona: Persona) => string | undefined;
  edit: (value: string) => Edit;
  schema: TextSchema;
  multiline?: boolean;
}

/**
 * A labelled text input bound to one persona field. Every keystroke is an edit, and a
 * burst of typing is one undo step (gesture `field:<path>`, closed on blur).
 *
 * A value the schema rejects (a required field emptied) is never dispatched: the persona
 * must stay valid, since the library autosaves it and sets invalid files aside. The field
 * keeps showing what the user typed, with an inline error, and the persona keeps its last
 * valid value until the user types a valid one. The draft is tied to the value it covers,
 * so an undo or a persona switch underneath drops it.
 */
export function TextField({
  label,
  path,
  select,
  edit,
  schema,
  multiline = false,
}: TextFieldProps) {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const value = usePersonaSlice(select) ?? "";
  // The text is written in the persona's language: lets the browser spell-check it right.
  const language = usePersonaSlice((p) => p.language);
  const [draft, setDraft] = useState<{ text: string; over: string } | null>(null);
  const id = useId();
  const errorId = useId();
  const warningsId = useId();

  const invalid = draft !== null && draft.over === value;
  const shown = invalid ? draft.text : value;
  const required = !schema.safeParse("").success;

  const onChange = (text: string) => {
    if (schema.safeParse(text).success) {
      setDraft(null);
      studio.edit(edit(text), `field:${path}`);
    } else {
      setDraft({ text, over: value });
    }
  };

  const common = {
    id,
    value: shown,
    lang: language,
    maxLength: maxLengthOf(schema),
    required,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${errorId} ${warningsId}` : warningsId,
    onBlur: () => studio.endGesture(),
  };

  return (
    <div className="ed-field">
      <label htmlFor={id} className="ed-label">
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          className="ed-input"
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          className="ed-input"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {invalid && (
        <p id={errorId} className="ed-error">
          <span aria-hidden="true">✕ </span>
          {t.required}
        </p>
      )}
      <WarningNotes id={warningsId} path={path} />
    </div>
  );
}
