/**
 * Everything that needs zod, in one module the app loads as its own chunk: the first
 * paint of the studio shell does not wait for the schema validator. This is a loading
 * boundary, not a folder barrel; stores receive it as a `PersonaDoor`.
 */
export { restorePersona, restorePersonaText } from "./restore";
export { serializePersona } from "./serialize";
