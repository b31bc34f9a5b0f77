import { messagesIn, type Messages, type Namespace } from "./define-messages";
import { useUiLanguage } from "./ui-language";

/** One area's messages in the page's language: `const t = useMessages(previewMessages)`. */
export function useMessages<E>(namespace: Namespace<E>): Messages<E> {
  return messagesIn(namespace, useUiLanguage());
}
