import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice, useWarningsAt } from "./use-persona-slice";

/**
 * The compiler's warnings about one control, shown beside it. Always rendered (empty when
 * there is nothing to say) so controls can point `aria-describedby` at it and a screen
 * reader hears the warning on focus. Icon plus words: colour is never the only signal.
 */
export function WarningNotes({ id, path }: { id: string; path: string }) {
  const t = useMessages(editorMessages);
  const messages = useWarningsAt(path);
  // Messages are written in the persona's language, not the UI's.
  const language = usePersonaSlice((p) => p.language);
  return (
    <div id={id} className="ed-warnings">
      {messages.map((message, i) => (
        // Index in the key: an imported persona may repeat a term, and so a message.
        <p key={`${i}:${message}`} role="note" className="ed-warning">
          <span aria-hidden="true" className="ed-warning-icon">
            ⚠
          </span>
          <span className="ed-visually-hidden">{t.warning}</span>
          <span lang={language}>{message}</span>
        </p>
      ))}
    </div>
  );
}
