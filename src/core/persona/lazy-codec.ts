/**
 * The persona codec: reading untrusted persona JSON (restore, validated by zod) and writing
 * persona files. Everything that needs zod sits in this one module so the app can load it
 * lazily, as its own chunk (`import("…/lazy-codec")` in main.tsx): the first paint of the
 * studio shell does not wait for the schema validator. A loading boundary, not a folder
 * barrel; stores receive it as a `PersonaCodec`. Import it statically and zod joins the
 * main chunk.
 */
export { restorePersona, restorePersonaText } from "./restore";
export { serializePersona } from "./serialize";
