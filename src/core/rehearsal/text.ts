/**
 * Text helpers for the rehearsal engine: a stable hash for deterministic variation,
 * the template mini-language, and casing. The counters the engine shares with the meter
 * are in text/counts.ts.
 */

/**
 * FNV-1a over UTF-16 code units: tiny, stable across runs and machines, and good enough
 * to spread wording choices. Variation must come from the input, never from Math.random.
 */
export function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Mixes two numbers into a new hash, so each move of a reply picks its own variant. */
export function mix(a: number, b: number): number {
  let h = Math.imul((a ^ (b + 0x9e3779b9)) >>> 0, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}

/** Which branch each template choice takes. */
export interface Choices {
  /** `{formal|informal}`: the address form (in English, courtesy vs contractions). */
  informal: boolean;
  /** `[personal|institutional]`: "je"/"I" vs "nous"/"we". */
  institutional: boolean;
}

/** Index of the `close` that matches the opener at `from`, skipping nested groups. */
function matching(template: string, from: number, close: string): number {
  let depth = 0;
  for (let i = from; i < template.length; i++) {
    const c = template[i];
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return c === close ? i : -1;
    }
  }
  return -1;
}

/** Splits a group's inside on its top-level "|". */
function branches(inside: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i];
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (c === "|" && depth === 0) return [inside.slice(0, i), inside.slice(i + 1)];
  }
  return [inside, inside];
}

/**
 * Expands the template mini-language: `{vous|tu}` picks by address form and
 * `[je|nous]` by institutional voice; groups nest either way. Placeholders ($name…)
 * are filled later, so user text is never read as template syntax.
 */
export function expand(template: string, choices: Choices): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i] as string;
    if (c === "{" || c === "[") {
      const end = matching(template, i, c === "{" ? "}" : "]");
      if (end < 0) {
        out += c;
        i++;
        continue;
      }
      const [first, second] = branches(template.slice(i + 1, end));
      const takeSecond = c === "{" ? choices.informal : choices.institutional;
      out += expand(takeSecond ? second : first, choices);
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const PLACEHOLDER = /\$([a-z]+)/g;

/**
 * Fills `$name`-style placeholders. Returns undefined when the template needs a value
 * the persona cannot safely provide, so the caller tries another variant.
 */
export function fill(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
): string | undefined {
  let missing = false;
  const out = text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) missing = true;
    return value ?? whole;
  });
  return missing ? undefined : out;
}

/** Upper-cases the first letter (templates may start with a lower-case placeholder). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lower-cases the first letter after a salutation ("Bonjour, je suis…"), unless the
 * word is "I", an acronym or a name the persona gave (kept as written).
 */
export function decapitalise(text: string, keep: readonly string[]): string {
  if (/^I\b/.test(text) || /^\p{Lu}{2}/u.test(text)) return text;
  if (keep.some((word) => word !== "" && text.startsWith(word))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A replacement with the first letter upper-cased when the text it replaces started with one. */
export function sameCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? capitalise(replacement) : replacement;
}

/** The runs of four words of a text, in lower case: two sentences that share one say the same thing twice. */
export function wordRuns(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) runs.push(words.slice(i, i + 4).join(" "));
  return runs;
}
