/**
 * Personas for the export tests only (nothing in the app imports this file): the awkward
 * text a prompt can hold, in both languages and both address forms.
 */
import type { Address, Language, Persona } from "../persona/schema";
import { makePersona } from "../../../tests/helpers/make-persona";

/**
 * Text that breaks naive quoting: single and double quotes, apostrophes (straight and
 * curly), newlines, a backslash, shell expansions, a template marker, U+2028, an emoji.
 */
export const AWKWARD_TEXT =
  `It's "quoted" — l'apostrophe’s fine.\nLine two: $HOME, $(whoami), \`date\`, back\\slash, {{ message }} {% raw %}\u2028end 🙂`;

export function awkwardPersona(language: Language = "en", address: Address = "formal"): Persona {
  return makePersona({
    id: "awkward-persona",
    name: `Robin's "desk"`,
    language,
    address,
    identity: { assistantName: "Robin", role: "help desk assistant", purpose: AWKWARD_TEXT },
    greeting: language === "fr" ? "Bonjour, c'est Robin. Qu'est-ce qui vous amène ?" : "Hi, I'm Robin. What's up?",
    examples: [{ user: "Can you quote 'this'?", assistant: AWKWARD_TEXT }],
  });
}

/** A persona whose checks are all present: avoided words, no emoji, a brief length. */
export function strictPersona(language: Language, address: Address): Persona {
  return makePersona({
    id: "strict-persona",
    name: language === "fr" ? "Guichet strict" : "Strict desk",
    language,
    address,
    voice: { warmth: 30, humor: 0, enthusiasm: 10, register: 85, institutional: 90, verbosity: 25, emoji: 0 },
    lexicon: { prefer: [], avoid: language === "fr" ? ["usager", "Dossier"] : ["customer", "ASAP"] },
  });
}
