/**
 * Quick checks of a text against the persona, shared by the compiler's linter and the
 * rehearsal engine (which checks its own replies): a French pronoun that contradicts the
 * address form, and emoji. Kept deliberately simple (a word list, not a parser): a warning
 * is a hint to a psydesigner, who reads the example anyway (the meter's address reader,
 * meter/address/, is the careful one).
 */
import type { Address } from "../persona/schema";

/**
 * French second-person forms that contradict each address form. "tiens" is left
 * out (it is also a verb), and "t'" needs its apostrophe so the euphonic "-t-"
 * of "a-t-il" does not count. Informal catches any vous/votre/vos, even a
 * plural one: the simple check accepts that false positive. The lookarounds
 * make accented letters count as letters ("fête" holds no "te"), which a plain
 * \b would not; one precompiled regex per form keeps this cheap per compile.
 */
const SLIPS: Readonly<Record<Address, RegExp>> = {
  formal: /(?<![\p{L}\p{N}])(?:tu|te|toi|ton|ta|tes|tien|tienne|tiennes)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])t['\u2019]/giu,
  // "ton rendez-vous" keeps tutoiement: the noun's "vous" is no pronoun.
  informal: /(?<![\p{L}\p{N}])(?<!rendez-)(?:vous|votre|vos|v[oô]tres?)(?![\p{L}\p{N}])/giu,
};
/** Words before which "ton" is the noun (the tone of voice), not the possessive. */
const BEFORE_TONE_NOUN = new Set(["le", "un", "du", "au", "ce", "quel", "même", "meme", "bon", "mauvais", "de"]);
const LAST_WORD = /([\p{L}]+)[^\p{L}]*$/u;

/**
 * The first French pronoun in `text` that contradicts `address`, lower-cased
 * (with "t'" for an elided "te"), or undefined.
 */
export function frenchAddressSlip(text: string, address: Address): string | undefined {
  const pattern = SLIPS[address];
  for (const match of text.matchAll(pattern)) {
    const word = match[0].toLowerCase().replace("\u2019", "'");
    if (word === "ton") {
      const before = LAST_WORD.exec(text.slice(Math.max(0, match.index - 24), match.index))?.[1];
      if (before !== undefined && BEFORE_TONE_NOUN.has(before.toLowerCase())) continue;
    }
    return word;
  }
  return undefined;
}

// Extended_Pictographic covers emoji; ©, ® and ™ are in it but read as plain text marks.
const EMOJI = /(?![\u00a9\u00ae\u2122])[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** Every emoji has a code unit in these ranges; French text (accents, « », …, ’) has none. */
const MAYBE_EMOJI = /[\u203c\u2049\u2139\u2190-\u2bff\u3030\u303d\u3297\u3299\ud800-\udbff]/;
const EMOTICONS = [":)", ":-)", ";)", ";-)", ":(", ":-(", "<3"];

/** True when text holds an emoji or a common emoticon such as ":)". */
export function hasEmoji(text: string): boolean {
  // The cheap prefilter spares the Unicode-property regex for most texts.
  if (MAYBE_EMOJI.test(text) && EMOJI.test(text)) return true;
  if (!text.includes(":") && !text.includes(";") && !text.includes("<")) return false;
  return EMOTICONS.some((emoticon) => text.includes(emoticon));
}
