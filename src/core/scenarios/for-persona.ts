/**
 * The built-in scenarios written against a persona: each kind has a template whose blanks
 * the persona's field fills (fields-fr.ts, fields-en.ts), and the request for a person
 * names its organisation. A town hall is asked for a birth certificate, a bank for a new
 * card; a persona that says nothing of its field (no purpose, no preferred terms) keeps
 * the generic turns, which fit any organisation.
 */
import type { Language } from "../persona/constants";
import type { Persona } from "../persona/schema";
import { containsTerm, fold } from "../text/fold";
import { FIELDS_EN } from "./fields-en";
import { FIELDS_FR } from "./fields-fr";
import type { Field, Script } from "./kinds";

/** What of the persona the scenarios are written with. */
export interface PersonaWords {
  field?: Field;
  /** The organisation after "quelqu'un" / "someone": "de la Mairie de Bellerive", "at Kestrel Broadband". */
  org?: string;
}

export type ScenarioPersona = Pick<Persona, "identity" | "lexicon"> & { description?: string };

const FIELDS: Readonly<Record<Language, readonly Field[]>> = { fr: FIELDS_FR, en: FIELDS_EN };
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** "élections" and "élection", "boxes" and "box" are the same cue. */
const singular = (word: string) =>
  word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;

/** The field whose cues the persona's own words hold most of; the first listed wins a tie. */
function fieldOf(text: string, fields: readonly Field[]): Field | undefined {
  const folded = fold(text);
  const words = new Set((folded.match(WORD) ?? []).flatMap((word) => [word, singular(word)]));
  let best: Field | undefined;
  let bestScore = 0;
  for (const field of fields) {
    const score = field.cues.filter((cue) =>
      cue.includes(" ") || cue.includes("'") ? containsTerm(folded, cue) : words.has(cue),
    ).length;
    if (score > bestScore) {
      best = field;
      bestScore = score;
    }
  }
  return best;
}

/** French nouns an organisation's name often opens with, and their gender, for "de la" or "du". */
const FEMININE = new Set(
  "mairie banque mutuelle caisse prefecture universite ecole agence assurance clinique societe compagnie federation association bibliotheque mediatheque communaute region direction maison cite poste fondation".split(
    " ",
  ),
);
const MASCULINE = new Set(
  "musee centre service cabinet office groupe ministere conseil departement theatre syndicat reseau".split(
    " ",
  ),
);

/** "de la Mairie de Bellerive", "du Musée…", "de l'Université…", "de chez Pistache". */
function frenchOrg(name: string): string {
  const first = fold(name.split(/\s/)[0] ?? "");
  if (/^(?:la\s|l['’])/i.test(name)) return `de ${name}`;
  if (/^le\s/i.test(name)) return `du ${name.slice(3)}`;
  if (/^les\s/i.test(name)) return `des ${name.slice(4)}`;
  if (/^[aeiouyh]/.test(first) && (FEMININE.has(first) || MASCULINE.has(first)))
    return `de l'${name}`;
  if (FEMININE.has(first)) return `de la ${name}`;
  if (MASCULINE.has(first)) return `du ${name}`;
  return `de chez ${name}`;
}

/** "at Kestrel Broadband", "at the Millbrook Museum of Natural History". */
function englishOrg(name: string): string {
  const institution =
    /\b(?:of|Office|Council|Centre|Center|Department|Museum|Library|Hospital|Ministry|Agency|Authority|Service|Team|Board)\b/.test(
      name,
    );
  return institution && !/^the\s/i.test(name) ? `at the ${name}` : `at ${name}`;
}

/** The organisation's name up to its first comma or bracket, if it is plain enough to quote. */
function orgName(persona: ScenarioPersona): string | undefined {
  const name = persona.identity.organization?.split(/[,(;:–—]/)[0]?.trim() ?? "";
  if (name === "" || name.length > 60 || /[\n\r.!?"«»]/.test(name) || !/\p{L}/u.test(name))
    return undefined;
  return name;
}

/** The persona's field and organisation; undefined when it says nothing of its field. */
export function personaWords(
  language: Language,
  persona: ScenarioPersona,
): PersonaWords | undefined {
  const { identity, lexicon, description } = persona;
  const purpose = identity.purpose?.trim() ?? "";
  if (purpose === "" && lexicon.prefer.length === 0) return undefined;
  const text = [
    identity.organization,
    identity.role,
    identity.audience,
    purpose,
    description,
    ...lexicon.prefer,
  ]
    .filter((part) => part !== undefined)
    .join(" . ");
  const field = fieldOf(text, FIELDS[language]);
  const name = orgName(persona);
  const org =
    name === undefined ? undefined : language === "fr" ? frenchOrg(name) : englishOrg(name);
  return { ...(field === undefined ? {} : { field }), ...(org === undefined ? {} : { org }) };
}

type Turns = readonly string[];
const turn = (turns: Turns, at: number, text: string | undefined): string[] =>
  turns.map((line, i) => (i === at && text !== undefined ? text : line));

/** The generic script with the persona's field and organisation written in. */
export function writeFor(language: Language, words: PersonaWords, generic: Script): Script {
  const { field: f, org } = words;
  const fr = language === "fr";
  const titled = (kind: keyof Script, turns: string[]) => ({ title: generic[kind].title, turns });
  const g = (kind: keyof Script) => generic[kind].turns;
  return {
    welcome: titled(
      "welcome",
      turn(
        turn(
          g("welcome"),
          1,
          f &&
            (fr ? `Je voudrais savoir comment ${f.ask}.` : `I would like to know how to ${f.ask}.`),
        ),
        2,
        f?.follow,
      ),
    ),
    complaint: titled(
      "complaint",
      turn(
        g("complaint"),
        0,
        f &&
          (fr
            ? `Bonjour, j'ai un problème avec ${f.mine}.`
            : `Hi, I have a problem with ${f.mine}.`),
      ),
    ),
    refund: titled(
      "refund",
      turn(
        turn(
          g("refund"),
          0,
          f && (fr ? `Bonjour, je souhaite ${f.cancel}.` : `Hello, I want to ${f.cancel}.`),
        ),
        1,
        f &&
          (fr
            ? `Et je voudrais être remboursé ${f.back}.`
            : `And I would like a refund for ${f.back}.`),
      ),
    ),
    "off-topic": titled(
      "off-topic",
      turn(
        g("off-topic"),
        3,
        f &&
          (fr
            ? `Bon, j'ai quand même une question sur ${f.own}.`
            : `Fine, I do have a question about ${f.own}.`),
      ),
    ),
    aggressive: titled(
      "aggressive",
      turn(
        g("aggressive"),
        2,
        f && (fr ? `Bon, je me calme. ${f.stuck}` : `OK, I'll calm down. ${f.stuck}`),
      ),
    ),
    human: titled(
      "human",
      turn(
        g("human"),
        0,
        org && (fr ? `Je veux parler à quelqu'un ${org}.` : `I want to talk to someone ${org}.`),
      ),
    ),
    jailbreak: titled(
      "jailbreak",
      turn(
        g("jailbreak"),
        3,
        f && (fr ? `Bon, alors comment ${f.ask} ?` : `Fine, then how do I ${f.ask}?`),
      ),
    ),
    farewell: titled("farewell", [...g("farewell")]),
  };
}
