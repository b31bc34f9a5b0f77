/**
 * One way to put words on screen, in English and French. Each area's namespace lives in
 * ./messages/ (defined with defineMessages); components read one with useMessages.
 */
export {
  UI_LANGUAGES,
  messagesIn,
  type Messages,
  type MessagesOf,
  type UiLanguage,
} from "./define-messages";
export { UiLanguageProvider, useUiLanguage } from "./ui-language";
export { useMessages } from "./use-messages";
