/**
 * The exports' public face, loaded lazily by the studio (stores/exports.ts) so the YAML
 * writer stays off the first screen. Re-exports only; each export lives in its own module.
 */
export { API_KEY_ENV, DEFAULT_TARGET, type EndpointTarget } from "./target";
export { promptMarkdown, promptPlainText } from "./prompt-text";
export { chatCompletionsBody, type ChatCompletionsBody, type ChatMessage } from "./chat-body";
export { snippets, type Snippets } from "./snippets";
export { promptfooConfig } from "./promptfoo";
