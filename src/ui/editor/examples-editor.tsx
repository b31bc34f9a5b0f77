import { useLayoutEffect, useId, useRef, useState, type FormEvent } from "react";
import { addExample, moveExample, removeExample, updateExample } from "../../core/persona/edits";
import { exampleSchema, maxLengthOf, personaSchema, type Example } from "../../core/persona/schema";
import { useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { TextField } from "./text-field";
import { usePersonaSlice } from "./use-persona-slice";

const NONE: readonly Example[] = [];
type Action = "up" | "down" | "remove";

/**
 * The example exchanges: each one editable in place, movable and removable, plus a form
 * for a new one. A new example is only added once both sides are written, because the
 * schema requires both (an empty example would make the persona invalid).
 */
export function ExamplesEditor() {
  const t = useMessages(editorMessages);
  const examples = usePersonaSlice((p) => p.examples) ?? NONE;
  const listRef = useRef<HTMLOListElement>(null);
  // A moved or removed example takes its buttons with it: focus follows the example.
  // A ref, not state: the edit itself re-renders the list, and the effect then moves focus.
  const refocus = useRef<{ index: number; action: Action } | null>(null);

  useLayoutEffect(() => {
    if (refocus.current === null) return;
    const find = (index: number, action: Action) =>
      listRef.current?.querySelector<HTMLButtonElement>(
        `[data-focus="${index}-${action}"]:not(:disabled)`,
      );
    const { index, action } = refocus.current;
    refocus.current = null;
    const other = action === "up" ? "down" : "up";
    const last = Math.min(index, examples.length - 1);
    (find(index, action) ?? find(index, other) ?? find(last, "remove"))?.focus();
  }, [examples]);

  return (
    <div className="ed-examples">
      {examples.length === 0 && <p className="ed-hint">{t.noExamples}</p>}
      <ol ref={listRef} className="ed-example-list">
        {examples.map((_, index) => (
          // Examples have no ids: their place is their identity (gesture keys and warnings
          // name them by index too), and each field reads its text from the persona.
          <li key={index}>
            <ExampleItem
              index={index}
              count={examples.length}
              onMoved={(next) => (refocus.current = next)}
            />
          </li>
        ))}
      </ol>
      <NewExampleForm examples={examples} />
    </div>
  );
}

interface ExampleItemProps {
  index: number;
  count: number;
  onMoved: (next: { index: number; action: Action }) => void;
}

function ExampleItem({ index, count, onMoved }: ExampleItemProps) {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const n = index + 1;
  const move = (delta: number, action: Action) => {
    studio.edit(moveExample(index, delta));
    onMoved({ index: index + delta, action });
  };
  return (
    <fieldset className="ed-example">
      <legend className="ed-label">{t.exampleTitle(n)}</legend>
      <TextField
        label={t.exampleUser(n)}
        path={`examples[${index}].user`}
        select={(p) => p.examples[index]?.user}
        edit={(user) => updateExample(index, { user })}
        schema={exampleSchema.shape.user}
        multiline
      />
      <TextField
        label={t.exampleAssistant(n)}
        path={`examples[${index}].assistant`}
        select={(p) => p.examples[index]?.assistant}
        edit={(assistant) => updateExample(index, { assistant })}
        schema={exampleSchema.shape.assistant}
        multiline
      />
      <div className="ed-example-actions">
        <button
          type="button"
          data-focus={`${index}-up`}
          disabled={index === 0}
          onClick={() => move(-1, "up")}
        >
          <span aria-hidden="true">↑ </span>
          {t.moveUp(n)}
        </button>
        <button
          type="button"
          data-focus={`${index}-down`}
          disabled={index === count - 1}
          onClick={() => move(1, "down")}
        >
          <span aria-hidden="true">↓ </span>
          {t.moveDown(n)}
        </button>
        <button
          type="button"
          data-focus={`${index}-remove`}
          onClick={() => {
            studio.edit(removeExample(index));
            onMoved({ index, action: "remove" });
          }}
        >
          {t.removeExample(n)}
        </button>
      </div>
    </fieldset>
  );
}

function NewExampleForm({ examples }: { examples: readonly Example[] }) {
  const studio = useStudio();
  const t = useMessages(editorMessages);
  const language = usePersonaSlice((p) => p.language);
  const [draft, setDraft] = useState<Example>({ user: "", assistant: "" });
  const [incomplete, setIncomplete] = useState(false);
  const userId = useId();
  const assistantId = useId();
  const errorId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!personaSchema.shape.examples.safeParse([...examples, draft]).success)
      return setIncomplete(true);
    studio.edit(addExample(draft));
    setDraft({ user: "", assistant: "" });
    setIncomplete(false);
  };

  const field = (key: keyof Example, id: string, label: string) => (
    <div className="ed-field">
      <label htmlFor={id} className="ed-label">
        {label}
      </label>
      <textarea
        id={id}
        className="ed-input"
        rows={2}
        lang={language}
        value={draft[key]}
        maxLength={maxLengthOf(exampleSchema.shape[key])}
        aria-describedby={errorId}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );

  return (
    <form onSubmit={onSubmit}>
      <fieldset className="ed-example ed-example-new">
        <legend className="ed-label">{t.newExample}</legend>
        {field("user", userId, t.newUser)}
        {field("assistant", assistantId, t.newAssistant)}
        <p id={errorId} className="ed-error" role="status">
          {incomplete ? t.exampleIncomplete : null}
        </p>
        <button type="submit">{t.addExample}</button>
      </fieldset>
    </form>
  );
}
