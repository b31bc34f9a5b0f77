/**
 * The checks a promptfoo run applies to every reply, derived from the persona: address
 * form, avoided words, reply length, emoji, and one judged rubric per voice dimension
 * a count cannot measure.
 *
 * Keys and semantics follow promptfoo's docs: configuration/expected-outputs
 * (deterministic.md: `not-regex`; javascript.md: multi-line bodies that
 * return a GradingResult; model-graded/llm-rubric.md) and configuration/reference.md
 * (`metric` groups results). promptfoo renders every string value with nunjucks before
 * grading, so each value is made inert (promptfoo-text.ts): it renders back to itself.
 */
import { bandIndex, type BandIndex } from "../persona/bands";
import { CATALOG, VERBOSITY_SENTENCES, type Dimension } from "../persona/catalog";
import type { DimensionId, Language, Persona } from "../persona/schema";
import { FORBIDDEN_ADDRESS } from "./address-patterns";
import { inertTemplateText } from "./promptfoo-text";

export interface PromptfooAssertion {
  type: string;
  value: string;
  metric: string;
}

/** Most emoji per reply for each emoji band, as the compiled prompt words it (compiler/sections/emoji.ts). */
export const EMOJI_MAX_PER_REPLY: Readonly<Record<BandIndex, number>> = {
  0: 0,
  1: 1,
  2: 1,
  3: 2,
  4: 3,
};

/** Dimensions judged by a grader; verbosity and emoji are counted exactly instead. */
export const RUBRIC_DIMENSIONS = [
  "warmth",
  "humor",
  "enthusiasm",
  "register",
  "institutional",
] as const satisfies readonly DimensionId[];

/**
 * A JavaScript string literal of the text that keeps the check a readable YAML block: JSON's
 * escapes, plus DEL, the C1 controls, U+FEFF and the non-characters spelled as \uXXXX (a
 * literal block cannot hold them), and the line separators (a reader may end a line there).
 */
function jsString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Counts sentences as the studio's meter does (a run of . ! ? … before a space or the end,
 * closing quotes included), plus line breaks, so each list item counts as one, as the
 * compiled prompt says.
 */
function lengthCheck(band: BandIndex, bandName: string): string {
  const [min, max] = VERBOSITY_SENTENCES[band];
  return [
    `// Reply length, verbosity band "${bandName}": ${min} to ${max} sentences; a list item counts as one.`,
    `const min = ${min};`,
    `const max = ${max};`,
    `const pieces = String(output).split(/[.!?\\u2026]+[\\u00bb"\\u201d)]*(?=\\s|$)|\\n/u);`,
    "const sentences = pieces.filter((piece) => /[\\p{L}\\p{N}]/u.test(piece)).length;",
    "const pass = sentences >= min && sentences <= max;",
    'return { pass, score: pass ? 1 : 0, reason: sentences + " sentence(s), expected " + min + " to " + max };',
    "",
  ].join("\n");
}

/**
 * Avoided words read as the studio's meter reads them (core/meter/lexicon.ts and the
 * linter's fold()): whole words, ignoring case, accents, ligatures and curly apostrophes.
 * A substring check (`not-icontains`) would fail "processus" for an avoided "process" and
 * "clientèle" for "client"; a term that starts or ends on punctuation ("svp.") is its own
 * boundary. One check for all the words, whose reason names those used.
 */
function lexiconCheck(terms: readonly string[]): string {
  return [
    "// Avoided words: whole words, ignoring case and accents, as the studio's meter reads them.",
    `const avoided = [${terms.map(jsString).join(",")}];`,
    'const fold = (text) => text.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "")',
    '  .replace(/\\u0153/g, "oe").replace(/\\u00e6/g, "ae").replace(/\\u00df/g, "ss").replace(/[\\u2019\\u02bc]/g, "\'")',
    '  .replace(/[\\s\\u00a0\\u202f\\u2009\\u3000]+/gu, " ").trim();',
    "const isWord = (char) => char !== undefined && /[\\p{L}\\p{N}]/u.test(char);",
    "const reply = fold(String(output));",
    "const used = avoided.filter((term) => {",
    "  const needle = fold(term);",
    '  for (let at = needle === "" ? -1 : reply.indexOf(needle); at >= 0; at = reply.indexOf(needle, at + 1)) {',
    "    const end = at + needle.length;",
    "    const startOk = !isWord(needle[0]) || !isWord(reply[at - 1]);",
    "    const endOk = !isWord(needle[needle.length - 1]) || !isWord(reply[end]);",
    "    if (startOk && endOk) return true;",
    "  }",
    "  return false;",
    "});",
    "const pass = used.length === 0;",
    'return { pass, score: pass ? 1 : 0, reason: pass ? "no avoided word" : "avoided words used: " + used.join(", ") };',
    "",
  ].join("\n");
}

/** One emoji per grapheme, so 👍🏽 and 🇫🇷 count once; ©, ® and ™ are text marks, as in the meter. */
function emojiCheck(max: number, bandName: string): string {
  return [
    `// Emoji, band "${bandName}": at most ${max} per reply.`,
    `const max = ${max};`,
    "let emoji = 0;",
    'for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(String(output))) {',
    "  if (/(?![\\u00a9\\u00ae\\u2122])\\p{Extended_Pictographic}|\\p{Regional_Indicator}|\\u20e3/u.test(segment)) emoji++;",
    "}",
    "const pass = emoji <= max;",
    'return { pass, score: pass ? 1 : 0, reason: emoji + " emoji, expected at most " + max };',
    "",
  ].join("\n");
}

interface RubricWords {
  criterion: (label: string, low: string, high: string, level: number, band: string) => string;
  expected: (description: string) => string;
  example: (text: string) => string;
  otherLevels: (levels: string) => string;
  or: string;
  scope: string;
  quote: (text: string) => string;
}

const WORDS: Readonly<Record<Language, RubricWords>> = {
  fr: {
    criterion: (label, low, high, level, band) =>
      `Critère : ${label} (de « ${low} » à « ${high} »), niveau ${level}/100, « ${band} ».`,
    expected: (description) => `Attendu : ${description}`,
    example: (text) => `Exemple à ce niveau (il n'illustre que ce critère) : « ${text} »`,
    otherLevels: (levels) =>
      `La réponse échoue seulement si elle relève nettement d'un autre niveau, comme ${levels}.`,
    or: " ou ",
    scope:
      "Ne jugez que ce critère : ni le contenu, ni son exactitude, ni les autres aspects du style.",
    quote: (text) => `« ${text} »`,
  },
  en: {
    criterion: (label, low, high, level, band) =>
      `Criterion: ${label} (from "${low}" to "${high}"), level ${level}/100, "${band}".`,
    expected: (description) => `Expected: ${description}`,
    example: (text) => `Example at this level (it illustrates this criterion only): "${text}"`,
    otherLevels: (levels) =>
      `Fail the reply only if it clearly belongs to another level, such as ${levels}.`,
    or: " or ",
    scope: "Judge this criterion only: not the content, its accuracy or other aspects of style.",
    quote: (text) => `"${text}"`,
  },
};

/**
 * A rubric written from the dimension's band at the persona's level, with the neighbouring
 * bands as what a clear miss looks like, so the grader has both directions to compare with.
 */
export function rubric(dimension: Dimension, level: number, language: Language): string {
  const w = WORDS[language];
  const index = bandIndex(level);
  const band = dimension.bands[index];
  const neighbours = [index + 1, index - 1]
    .filter((i) => i >= 0 && i < dimension.bands.length)
    .map((i) => dimension.bands[i as BandIndex])
    // The description loses its full stop inside the brackets: "(… the answer)", not "(… the answer.)".
    .map(
      (other) =>
        `${w.quote(other.name[language])} (${other.description[language].replace(/\.$/, "")})`,
    );
  return [
    w.criterion(
      dimension.label[language],
      dimension.poles.low[language],
      dimension.poles.high[language],
      level,
      band.name[language],
    ),
    w.expected(band.description[language]),
    w.example(band.example[language]),
    w.otherLevels(neighbours.join(w.or)),
    w.scope,
  ].join("\n");
}

/** Every check of promptfoo's `defaultTest.assert` for this persona, in a stable order. */
export function personaAssertions(persona: Persona): PromptfooAssertion[] {
  const { language, voice } = persona;
  const asserts: PromptfooAssertion[] = [
    { type: "not-regex", value: FORBIDDEN_ADDRESS[language][persona.address], metric: "address" },
  ];
  const avoided = [...new Set(persona.lexicon.avoid.map((term) => term.trim()))];
  if (avoided.length > 0)
    asserts.push({
      type: "javascript",
      value: inertTemplateText(lexiconCheck(avoided)),
      metric: "lexicon",
    });
  const verbosity = bandIndex(voice.verbosity);
  asserts.push({
    type: "javascript",
    value: lengthCheck(verbosity, CATALOG.verbosity.bands[verbosity].name.en),
    metric: "verbosity",
  });
  const emoji = bandIndex(voice.emoji);
  asserts.push({
    type: "javascript",
    value: emojiCheck(EMOJI_MAX_PER_REPLY[emoji], CATALOG.emoji.bands[emoji].name.en),
    metric: "emoji",
  });
  for (const id of RUBRIC_DIMENSIONS) {
    asserts.push({
      type: "llm-rubric",
      value: inertTemplateText(rubric(CATALOG[id], voice[id], language)),
      metric: id,
    });
  }
  return asserts;
}
