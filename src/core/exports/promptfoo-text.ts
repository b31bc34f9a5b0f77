/**
 * Persona text made inert for promptfoo, and the YAML that carries it.
 *
 * What promptfoo 0.121.20 does to the strings of a configuration (read in its source:
 * util/config/load.ts, util/render.ts, util/templates.ts, evaluatorHelpers.ts, assertions/):
 * - on load, every `{{ … }}` span anywhere in the file that names `env.` is rendered with
 *   nunjucks, `{% raw %}` or not: an `{% endraw %}` in the text never mattered, the key leaked
 *   at load, and a span holding a filter ran whatever expression it held;
 * - the prompt, each string var of a prompt that is not plain JSON, each assertion value and
 *   each metric name are rendered with nunjucks, whose `range.constructor` reaches Function;
 * - a var that starts with `file://` is a glob, one test per file it matches, each replaced by
 *   the file (a .js or .py one is run); one that starts with `package:` is what that package
 *   exports; one trailing line break of every var is dropped; a var holding `{{name}}` takes
 *   another var's value.
 *
 * So no text from a persona is written where a nunjucks delimiter could open: each `{` that
 * would start `{{`, `{%` or `{#` becomes the expression `{{ '{' }}`, which renders back to `{`
 * and cannot be closed from inside (the text around it never holds an opening delimiter).
 * A `#}` outside a comment is an error in nunjucks 3.2.4, so its `#` is spelled the same way.
 */
import { Document, Scalar, visit } from "yaml";

/** Two characters nunjucks reads as an opening delimiter, or as a comment's end (an error outside one). */
const TEMPLATE_MARK = /^(?:\{[{%#]|#\})$/;

/** A nunjucks expression printing one character; `'` and `\` never need escaping here. */
const literal = (char: string) => `{{ '${char === "\n" ? "\\n" : char}' }}`;

/**
 * `text` with the characters at `spell` (and those the rule below adds) written as literals.
 * A literal starts with `{{`, so a `{` just before one would open a tag: it is spelled too,
 * which is why the text is read from its end.
 */
function spellOut(text: string, spell: (index: number) => boolean): string {
  const chars = [...text];
  let nextSpelled = false;
  for (let i = chars.length - 1; i >= 0; i--) {
    const char = chars[i] as string;
    const spelled: boolean =
      spell(i) || TEMPLATE_MARK.test(char + (chars[i + 1] ?? "")) || (char === "{" && nextSpelled);
    if (spelled) chars[i] = literal(char);
    nextSpelled = spelled;
  }
  return chars.join("");
}

/** Text that nunjucks renders to exactly `text`, with no delimiter of its own. */
export function inertTemplateText(text: string): string {
  return spellOut(text, () => false);
}

/** Var prefixes promptfoo 0.121.20 resolves to a file or a package instead of text. */
export const LOADED_VAR_PREFIXES = ["file://", "package:"] as const;

/**
 * A test var that promptfoo renders back to exactly `text`: escaped as template text, its
 * first character spelled as an expression when it would start a file or package reference,
 * its final line break too, since promptfoo trims one before rendering.
 */
export function inertVarText(text: string): string {
  const loaded = LOADED_VAR_PREFIXES.some((prefix) => text.startsWith(prefix));
  const last = [...text].length - 1;
  return spellOut(text, (i) => (i === 0 && loaded) || (i === last && text.endsWith("\n")));
}

/** Text on one line, runs of white space (line breaks included) folded to one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A name or title promptfoo shows but never renders (descriptions, labels): on one line, and
 * inert for the load-time pass that renders `{{ env.… }}` spans.
 */
export const inertLabel = (text: string) => inertTemplateText(oneLine(text));

/**
 * Characters js-yaml reads inside a literal block. Outside it (C0 and C1 controls, DEL,
 * U+FEFF, U+FFFE, U+FFFF, a lone surrogate, a carriage return that the block would turn into
 * a line feed), a string is written double-quoted, where the writer escapes them.
 */
const BLOCK_SAFE = /^[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** The same set on one line, for comments. */
const COMMENT_UNSAFE = /[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text for a YAML comment line: anything a YAML reader would refuse or split becomes "?". */
export const commentText = (text: string) => text.replace(COMMENT_UNSAFE, "?");

/**
 * The value as YAML that promptfoo's reader (js-yaml, core schema plus timestamps and merge
 * keys) and any YAML 1.1 or 1.2 reader load back as the same strings: every single-line
 * string double-quoted, so "2024-05-01", "0o12", "yes" or "~" stay text; multi-line text as
 * a literal block when it can be one, for a file a person can read.
 */
export function writeYaml(value: unknown, comment: string): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string") return;
      node.type =
        node.value.includes("\n") && BLOCK_SAFE.test(node.value)
          ? Scalar.BLOCK_LITERAL
          : Scalar.QUOTE_DOUBLE;
    },
  });
  doc.commentBefore = comment
    .split("\n")
    .map((line) => ` ${commentText(line)}`)
    .join("\n");
  // lineWidth 0: long prompts and rubrics stay on their lines instead of being folded.
  return doc.toString({ lineWidth: 0 });
}
