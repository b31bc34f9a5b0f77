/**
 * The subject of a user's message: the noun phrase it is about ("ma carte d'identité",
 * "my router"), said back in the persona's address ("votre carte d'identité", "ta carte
 * d'identité", "your router"), so that a reply takes up what was asked instead of asking
 * what it was about. A small rule set, not a parser: a determiner, a few adjectives, a
 * head noun and its "de …" complements (French) or the noun before it (English). The
 * phrase a person calls their own wins over one they merely mention; generic heads ("une
 * question", "a problem") name no subject.
 */
import { fold } from "../text/fold";

/** How a determiner is said back. */
export type DeterminerKind =
  /** The user's own or wanted thing ("ma", "un", "my", "a"): the persona's "votre"/"ta"/"your". */
  | "own"
  /** A definite article, kept ("le formulaire"); in French possibly a pronoun ("comment la refaire"). */
  | "definite"
  /** Said back with a definite article: "quels documents" → "les documents", "your website" → "the website". */
  | "the"
  /** Kept as written: "cette facture", "this invoice". */
  | "as-is";

/** Grammatical number, and in French gender: "sg" when a singular's gender is unknown ("notre", "l'"). */
export type NumberGender = "m" | "f" | "sg" | "pl";

export interface Determiner {
  kind: DeterminerKind;
  number: NumberGender;
  /** An indefinite ("un", "a"): a thing wanted ranks below a thing owned ("my", "mon"). */
  indefinite?: boolean;
  /** French "le", "la", "les", "l'": also object pronouns before a verb. */
  clitic?: boolean;
}

/** One language's rules (subject-fr.ts, subject-en.ts). Word lists hold folded words. */
export interface SubjectRules {
  tokens: RegExp;
  /** Lower-cased determiners, as written (accents kept). */
  determiners: Readonly<Record<string, Determiner>>;
  /** Possessives inside a complement, said back in the persona's address ("de mon fils"). */
  innerOwn: Readonly<Record<string, NumberGender>>;
  /** Other determiners a complement may carry, kept as written ("de la cantine"). */
  innerKept: ReadonlySet<string>;
  /** Words that open a complement ("de", "d'"; in English "of" before a bare noun). */
  complements: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  /** English noun compounds: every word up to the head modifies it ("my parking permit"). */
  compound: boolean;
  /** French adjectives before the head ("nouvelle", "dernière"). */
  before(folded: string): boolean;
  after(lower: string, folded: string): boolean;
  /** A verb: after a French "le"/"la", the word makes them pronouns; in English, it ends the phrase. */
  isVerb(folded: string): boolean;
  /** Most words from the determiner to the end of the head. */
  maxWords: number;
  /** The persona's possessive for the user's own thing; undefined when gender is unknown. */
  own(number: NumberGender, informal: boolean, vowel: boolean): string | undefined;
  /** The definite article; undefined when gender is unknown. */
  the(number: NumberGender, vowel: boolean): string | undefined;
  /** Prepositions of means and time: what follows them is not what the message is about ("depuis mon téléphone"). */
  aside: ReadonlySet<string>;
  /** "est", "is": an indefinite after them is a judgement ("C'est une honte", "This is a joke"), not a subject. */
  judgement: ReadonlySet<string>;
  /** Function words of this language and of the other one: a message in the other language has no subject here. */
  votes: { own: readonly string[]; other: readonly string[] };
}

/** A word of the phrase, or a possessive to say in the persona's address. */
type Part = { word: string } | { own: NumberGender };

/** A noun phrase found in a message, before it is said back. */
export interface Subject {
  determiner: Determiner;
  /** As written, lower-cased determiner: "ma". */
  written: string;
  parts: readonly Part[];
  /** The head noun, folded. */
  head: string;
}

interface Token {
  text: string;
  lower: string;
  folded: string;
}

const LETTER = /\p{L}/u;
const VOWEL = /^[aeiouyhàâäéèêëîïôöùûüœæ]/iu;

function tokenize(text: string, rules: SubjectRules): Token[] {
  return (text.match(rules.tokens) ?? []).map((raw) => {
    const lower = raw.toLowerCase().replace("’", "'");
    return { text: raw, lower, folded: fold(lower) };
  });
}

/** Whether the message reads as the other language: its function words outnumber this one's. */
function otherLanguage(tokens: readonly Token[], rules: SubjectRules): boolean {
  let own = 0;
  let other = 0;
  for (const token of tokens) {
    if (rules.votes.own.includes(token.folded)) own++;
    if (rules.votes.other.includes(token.folded)) other++;
  }
  return other > own;
}

/** A word that may belong to a noun phrase: not a stop word, a determiner or an elided "j'", "qu'". */
const isWord = (token: Token | undefined, rules: SubjectRules): token is Token =>
  token !== undefined &&
  LETTER.test(token.text) &&
  !token.lower.endsWith("'") &&
  !rules.stop.has(token.folded) &&
  rules.determiners[token.lower] === undefined;

/** The phrase that opens at `at` (a determiner), with the index after it; undefined when none does. */
function phraseAt(
  tokens: readonly Token[],
  at: number,
  rules: SubjectRules,
): { subject?: Subject; end: number } | undefined {
  const written = (tokens[at] as Token).lower;
  const determiner = rules.determiners[written] as Determiner;
  const parts: Part[] = [];
  let i = at + 1;
  // Modifiers, then the head: in English the last word of the run is the head ("my parking permit").
  let head: Token | undefined;
  while (parts.length < rules.maxWords) {
    const token = tokens[i];
    if (!isWord(token, rules) || (rules.compound && rules.isVerb(token.folded))) break;
    parts.push({ word: token.text });
    head = token;
    i++;
    if (!rules.compound && !rules.before(token.folded)) break;
  }
  if (head === undefined || rules.before(head.folded)) return undefined;
  // "comment la refaire", "je les ai perdus": a pronoun before a verb, not an article.
  if (determiner.clitic === true && rules.isVerb(head.folded)) return undefined;
  const headEnd = parts.length;
  i = complements(tokens, i, rules, parts);
  // "ma demande" names nothing; "ma demande de carte d'identité" does.
  if (rules.generic.has(head.folded) && parts.length === headEnd) return { end: i };
  const before = tokens[at - 1]?.folded ?? "";
  if (rules.aside.has(before) || (determiner.indefinite === true && rules.judgement.has(before)))
    return { end: i };
  return { subject: { determiner, written, parts, head: head.folded }, end: i };
}

/** Adds the complements and adjectives after the head ("d'identité", "de construire", "grise"); returns the index after them. */
function complements(
  tokens: readonly Token[],
  from: number,
  rules: SubjectRules,
  parts: Part[],
): number {
  let i = from;
  for (let added = 0; added < 4; added++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (rules.complements.has(token.lower)) {
      const next = tokens[i + 1];
      const own = next === undefined ? undefined : rules.innerOwn[next.lower];
      const kept = next !== undefined && rules.innerKept.has(next.lower);
      const noun = tokens[i + (own !== undefined || kept ? 2 : 1)];
      if (!isWord(noun, rules) || /\p{N}/u.test(noun.text)) break;
      parts.push({ word: token.text });
      if (own !== undefined) parts.push({ own });
      else if (kept) parts.push({ word: (next as Token).text });
      parts.push({ word: noun.text });
      i += own !== undefined || kept ? 3 : 2;
    } else if (isWord(token, rules) && rules.after(token.lower, token.folded)) {
      parts.push({ word: token.text });
      i++;
    } else break;
  }
  return i;
}

/** How well a phrase names what the message is about: the person's own thing first. */
function rank({ determiner }: Subject): number {
  if (determiner.kind === "own") return determiner.indefinite === true ? 3 : 4;
  return determiner.kind === "as-is" ? 1 : 2;
}

/** The subject of a message in the persona's language, or undefined when it names none. */
export function findSubject(text: string, rules: SubjectRules): Subject | undefined {
  const tokens = tokenize(text, rules);
  if (otherLanguage(tokens, rules)) return undefined;
  let best: Subject | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (rules.determiners[(tokens[i] as Token).lower] === undefined) continue;
    const found = phraseAt(tokens, i, rules);
    if (found === undefined) continue;
    if (found.subject !== undefined && (best === undefined || rank(found.subject) > rank(best)))
      best = found.subject;
    i = found.end - 1;
  }
  return best;
}

/** Joins words, gluing an elided article to the next one ("l'" + "acte"). */
function join(words: readonly string[]): string {
  return words.reduce(
    (out, word) => (out === "" ? word : out.endsWith("'") ? out + word : `${out} ${word}`),
    "",
  );
}

/**
 * The subject said back in the persona's address: "votre carte d'identité" (vous), "ta
 * carte d'identité" (tu), "your router". Undefined when French leaves the gender unknown
 * ("notre demande" to someone the persona says "tu" to).
 */
export function sayBack(
  subject: Subject,
  rules: SubjectRules,
  informal: boolean,
): string | undefined {
  const words: string[] = [];
  let missing = false;
  const at = (index: number): string => {
    const part = subject.parts[index];
    return part !== undefined && "word" in part ? part.word : "";
  };
  const possessive = (number: NumberGender, next: string) => {
    const word = rules.own(number, informal, VOWEL.test(next));
    if (word === undefined) missing = true;
    return word ?? "";
  };
  const first = at(0);
  const { kind, number, indefinite } = subject.determiner;
  // "une copie de mon acte" → "une copie de votre acte", not "votre copie de votre acte".
  const ownInside = subject.parts.some((part) => "own" in part);
  if (kind === "own" && !(indefinite === true && ownInside)) words.push(possessive(number, first));
  else if (kind === "the") {
    const article = rules.the(number, VOWEL.test(first));
    if (article === undefined) return undefined;
    words.push(article);
  } else words.push(subject.written);
  subject.parts.forEach((part, index) =>
    words.push("word" in part ? part.word : possessive(part.own, at(index + 1))),
  );
  return missing ? undefined : join(words);
}
