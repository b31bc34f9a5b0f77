import { useId, useState, type KeyboardEvent } from "react";
import { setTopicTriggers } from "../../core/persona/edits";
import { FORBIDDEN_KEYS } from "../../core/persona/json-walk";
import type { Persona } from "../../core/persona/schema";
import { useStudio } from "../studio-context";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";

const NONE: Readonly<Record<string, readonly string[]>> = {};
const TOPICS_NONE: readonly string[] = [];
/** The persona format's longest word or phrase. */
const TERM_MAX = 80;

const splitTerms = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((term) => term.trim().slice(0, TERM_MAX))
    .filter((term) => term !== "");

/**
 * "Also recognise: …" for each topic to avoid: the words that mark it besides its own, which the
 * offline rehearsal and the compiled prompt both use. Typed as a comma-separated line and saved
 * on leaving the field or Enter, so a half-typed word is never a trigger.
 */
export function TopicTriggers() {
  const t = useMessages(editorMessages);
  const topics = usePersonaSlice((p) => p.guardrails.avoidTopics) ?? TOPICS_NONE;
  const triggers = usePersonaSlice((p) => p.guardrails.topicTriggers) ?? NONE;
  const hintId = useId();
  // A topic named like an object's prototype cannot hold words in the file (json-walk.ts).
  const shown = topics.filter((topic) => !FORBIDDEN_KEYS.has(topic));
  if (shown.length === 0) return null;
  return (
    <div className="ed-triggers">
      <p id={hintId} className="ed-hint">
        {t.alsoRecogniseHint}
      </p>
      <ul className="ed-trigger-list">
        {shown.map((topic) => (
          <TopicTrigger
            key={topic}
            topic={topic}
            saved={(Object.hasOwn(triggers, topic) ? triggers[topic] : undefined) ?? TOPICS_NONE}
            hintId={hintId}
            label={t.alsoRecognise(topic)}
          />
        ))}
      </ul>
    </div>
  );
}

interface TopicTriggerProps {
  topic: string;
  saved: readonly string[];
  hintId: string;
  label: string;
}

function TopicTrigger({ topic, saved, hintId, label }: TopicTriggerProps) {
  const studio = useStudio();
  const inputId = useId();
  const language = usePersonaSlice((p: Persona) => p.language);
  const savedText = saved.join(", ");
  // What is typed, until it is saved; the saved words show again after an undo or an import.
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft === null) return;
    studio.edit(setTopicTriggers(topic, splitTerms(draft)));
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      save();
    } else if (event.key === "Escape" && draft !== null) {
      event.preventDefault();
      setDraft(null);
    }
  };
  return (
    <li className="ed-trigger">
      <label htmlFor={inputId} className="ed-sublabel">
        {label}
      </label>
      <input
        id={inputId}
        className="ed-input"
        type="text"
        lang={language}
        value={draft ?? savedText}
        aria-describedby={hintId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
      />
    </li>
  );
}
