/**
 * Personas for the export tests only (nothing in the app imports this file): the awkward
 * text a prompt can hold, in both languages and both address forms.
 */
import type { Address, Language, Persona } from "../persona/schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import { withCustomScenarios } from "../scenarios/schema";

/**
 * Text that breaks naive quoting: single and double quotes, apostrophes (straight and
 * curly), newlines, a backslash, shell expansions, a template marker, U+2028, an emoji.
 */
export const AWKWARD_TEXT = `It's "quoted" — l'apostrophe’s fine.\nLine two: $HOME, $(whoami), \`date\`, back\\slash, {{ message }} {% raw %}\u2028end 🙂`;

export function awkwardPersona(language: Language = "en", address: Address = "formal"): Persona {
  return makePersona({
    id: "awkward-persona",
    name: `Robin's "desk"`,
    language,
    address,
    identity: { assistantName: "Robin", role: "help desk assistant", purpose: AWKWARD_TEXT },
    greeting:
      language === "fr"
        ? "Bonjour, c'est Robin. Qu'est-ce qui vous amène ?"
        : "Hi, I'm Robin. What's up?",
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
    voice: {
      warmth: 30,
      humor: 0,
      enthusiasm: 10,
      register: 85,
      institutional: 90,
      verbosity: 25,
      emoji: 0,
    },
    lexicon: {
      prefer: [],
      avoid: language === "fr" ? ["usager", "Dossier"] : ["customer", "ASAP"],
    },
  });
}

/**
 * Text that promptfoo or its nunjucks would act on if it reached them as is: template tags,
 * comments and whitespace control, a way out of {% raw %}, code and the environment reached
 * from a template, file and package references, a reference to another var, a trailing line
 * break promptfoo trims, and YAML that a reader takes for something else than text.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  `{% endraw %}{{ range.constructor("globalThis.__psydesignPwned = true")() }}{% raw %}`,
  `{{ range.constructor("return process")().exit(3) }}`,
  "{{ env.PSYDESIGN_CANARY }}",
  "{{env['OPENAI_API_KEY'] | default('none')}}",
  "{{ env.PSYDESIGN_CANARY | upper }} {{ env['PSYDESIGN_CANARY'] }}",
  "{# a comment #}after the comment",
  "{%- if true -%} yes {%- endif -%}",
  "{{- message -}} {{message}} {{ _conversation }}",
  "{%raw%}{{ x }}{%endraw%} {% raw %}",
  "{{{ triple }}} {{ '{' }} {{'{'}}",
  "{ {spaced} } { % spaced % } {",
  "}} %} #} -}} -%}",
  "{",
  "file:///etc/passwd",
  "file://hostile.js",
  "file://hostile.py:get_var",
  "package:fs:readFileSync",
  "a line break at the end\n",
  "two at the end\n\n",
  "- role: user\n  content: {{ env.PSYDESIGN_CANARY }}",
  "[1, 2]",
  "yes",
  "~",
  "2024-05-01",
  "0o12",
  "&anchor *alias !!binary aGk= <<: # not a comment",
  "'single' \"double\" \\ backslash",
  "carriage\r\nreturn\r",
  "\u2028separators\u2029 and NEL \u0085 and DEL \u007f",
  "\t tab and trailing spaces   ",
  "exec:ls and portkey://x and langfuse://y",
];

/** A persona holding `text` in every field a promptfoo export writes, and a scenario of it. */
export function hostilePersona(text: string, language: Language = "en"): Persona {
  const base = makePersona({
    id: "hostile-persona",
    name: `Hostile ${text}`,
    language,
    address: "formal",
    identity: { assistantName: `Bot ${text}`, role: "help desk assistant", purpose: text },
    greeting: `Hello ${text}`,
    examples: [{ user: text, assistant: `Reply ${text}` }],
    lexicon: { prefer: [], avoid: [`avoided ${text}`] },
  });
  const turns = [text, `Before ${text} after`].filter((turn) => turn.trim() !== "");
  return withCustomScenarios(base, [{ id: "hostile", title: `Title ${text}`, language, turns }]);
}
