/**
 * Accent- and case-insensitive word search: fold() gives the form every reader compares
 * (the compiler's linter, the meter's tokens and lexicon, the rehearsal's cue words), and
 * containsTerm() finds a folded term as whole words in folded text.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Folded forms of the Latin letters with diacritics (U+00C0 to U+024F), built
 * once at load: NFD per character, marks dropped, ligatures spelled out. A
 * table lookup per character is several times faster than normalize() per text.
 */
const LATIN_FOLD: readonly string[] = (() => {
  const table: string[] = [];
  for (let code = 0xc0; code <= 0x24f; code++) {
    const base = String.fromCharCode(code)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    table[code - 0xc0] = base;
  }
  table[0xc6 - 0xc0] = "ae";
  table[0xe6 - 0xc0] = "ae";
  table[0x152 - 0xc0] = "oe";
  table[0x153 - 0xc0] = "oe";
  table[0xdf - 0xc0] = "ss";
  return table;
})();

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 0x3000
  );
}

/** The folded form of one non-ASCII character, or undefined to keep it as it is. */
function foldChar(code: number): string | undefined {
  if (code >= 0xc0 && code <= 0x24f) return LATIN_FOLD[code - 0xc0];
  if (code >= 0x300 && code <= 0x36f) return ""; // a combining mark from already-decomposed text
  if (code === 0x2019 || code === 0x2bc) return "'"; // typographic apostrophes
  return undefined;
}

/**
 * Lower case, no accents, "œ" as "oe", curly apostrophes straight, whitespace
 * runs as one space, trimmed. toLowerCase (not toLocaleLowerCase) so the result
 * does not depend on the machine's locale.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let from = 0; // start of the pending run copied unchanged
  let lastWasSpace = true; // true at the start, so leading spaces are dropped
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let replacement: string | undefined;
    if (isSpace(code)) {
      if (code === 0x20 && !lastWasSpace) {
        lastWasSpace = true;
        continue;
      }
      replacement = lastWasSpace ? "" : " ";
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      if (code < 0x80) continue;
      replacement = foldChar(code);
      if (replacement === undefined) continue;
    }
    out += lower.slice(from, i) + replacement;
    from = i + 1;
  }
  out += lower.slice(from);
  return lastWasSpace && out.endsWith(" ") ? out.slice(0, -1) : out;
}

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return true;
  return code > 0x7f && WORD_CHAR.test(text.charAt(index));
}

/** True when folded `term` occurs in folded `text` as whole words. */
export function containsTerm(foldedText: string, foldedTerm: string): boolean {
  if (foldedTerm === "") return false;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(foldedTerm, from);
    if (at < 0) return false;
    const end = at + foldedTerm.length;
    // A term such as "svp." may itself end on punctuation: then it is its own boundary.
    const startOk = !isWordChar(foldedTerm, 0) || at === 0 || !isWordChar(foldedText, at - 1);
    const endOk = !isWordChar(foldedTerm, foldedTerm.length - 1) || !isWordChar(foldedText, end);
    if (startOk && endOk) return true;
    from = at + 1;
  }
}
