/**
 * The intent detector: what the user's last message asks for, from keyword cues in
 * French and English. Deliberately a word list, not a classifier: the rehearsal is a
 * preview of the persona's voice, and a designer can read exactly why a message
 * matched. Cues are folded (no case, no accents) and matched as whole words
 * (`phrases`) or as word beginnings (`stems`, so "rembours" catches every form).
 */
import { containsTerm, fold } from "../text/fold";
import type { Language, Persona } from "../persona/schema";
import { asksWhatItIs, urgentSituation, wantsCallBack } from "./hand-over-cues";
import { EN, FR, type CueTable, type Cues, type Intent } from "./intent-cues";
import { triggeredTopic } from "./topics";

/**
 * The order intents are tried in: a rule-breaking attempt outranks everything (it must
 * never slip through as a plain question), a forbidden topic outranks the ordinary
 * intents, a greeting only wins when nothing else was asked, and a bare "OK" comes last.
 */
const ORDER: readonly Intent[] = [
  "jailbreak",
  "abuse",
  "human",
  "refund",
  "complaint",
  "farewell",
  "thanks",
  "off-topic",
  "information",
  "greeting",
  "assent",
];

/** "OK", "d'accord", "yes": only a short message is a plain assent ("Oui, et pour…" asks more). */
const ASSENT_MAX_WORDS = 4;

/** Jailbreak verbs and objects: "ignore/oublie … consignes/instructions/règles" in either order of words. */
const OVERRIDE_VERBS = [
  "ignore",
  "ignorez",
  "ignorer",
  "oublie",
  "oubliez",
  "oublier",
  "forget",
  "disregard",
  "bypass",
  "contourne",
  "contournez",
  "override",
];
const OVERRIDE_OBJECTS = [
  "consigne",
  "instruction",
  "regle",
  "rule",
  "guideline",
  "prompt",
  "restriction",
  "limite",
  "filtre",
  "filter",
];

// Apostrophes and hyphens split words, so "m'aider" yields "aider" for the stems.
const WORD = /[\p{L}\p{N}]+/gu;

function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

function matches(folded: string, tokens: readonly string[], cues: Cues | undefined): boolean {
  if (cues === undefined) return false;
  if (cues.phrases.some((phrase) => containsTerm(folded, phrase))) return true;
  if (cues.endings?.some((phrase) => endsWith(tokens, words(phrase)))) return true;
  return cues.stems.some((stem) => tokens.some((token) => token.startsWith(stem)));
}

function endsWith(tokens: readonly string[], ending: readonly string[]): boolean {
  return ending.every((word, k) => tokens[tokens.length - ending.length + k] === word);
}

function triesOverride(tokens: readonly string[]): boolean {
  const verb = tokens.some((token) => OVERRIDE_VERBS.includes(token));
  return (
    verb && tokens.some((token) => OVERRIDE_OBJECTS.some((object) => token.startsWith(object)))
  );
}

// Words too common to identify a topic on their own ("sur", "the", "conseil", "service"...):
// every conversation with an assistant uses them.
const STOP_WORDS = new Set(
  "les des une sur pour par dans avec sans aux est sont que qui quoi son ses leur leurs cette ces votre vos notre nos mon mes ton tes tout tous toute toutes plus moins tres entre autre autres comme mais donc elle elles ils nous vous pas the and for with about from into your our their any all other more less very this that these those what which who personal personnel personnelle personnalise personnalisee situation general question questions chose choses conseil conseils advice demande demandes request service services client clients customer compte account dossier aide help information informations".split(
    " ",
  ),
);

/** A significant word of an avoided topic; `strong` words identify the topic on their own. */
interface TopicWord {
  word: string;
  strong: boolean;
}

/**
 * The words of an avoided topic that are specific enough to recognise it by. A long
 * word ("élections", "cotisations") or an acronym ("TVA") is enough on its own; shorter
 * words ("carte", "vol") only count in pairs, so "ma carte" alone is not "perte ou vol de carte".
 */
export function topicWords(topic: string): TopicWord[] {
  const acronyms = new Set((topic.match(/\b\p{Lu}{2,}\b/gu) ?? []).map((word) => fold(word)));
  const significant = (topic.toLowerCase().match(WORD) ?? [])
    .map((written) => ({ written, word: fold(written) }))
    .filter(({ word }) => word.length >= 3 && !STOP_WORDS.has(word));
  // A topic of one significant word ("impôts") has nothing to pair it with: that word names it.
  const alone = significant.length === 1;
  return significant.map(({ written, word }) => ({
    word: singular(word),
    strong: alone || (word.length >= 7 && !readsAsVerb(written)) || acronyms.has(word),
  }));
}

/**
 * "marchés" folds to "marches", and "marche" is what every broken website does ("le site ne
 * marche plus"); "opening" (of equipment) is also the "opening" of "opening hours". A word
 * whose last syllable loses its accent in folding, or an English -ing form, names the
 * topic only in a pair.
 */
function readsAsVerb(written: string): boolean {
  return /[éè]e?[sx]?$/u.test(written) || /\p{L}{4}ing$/u.test(written);
}

/** "élections" and "élection" name the same topic: drop one plural -s or -x. */
function singular(word: string): string {
  return word.length > 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The words of the persona's own field, from its description and identity: "application" for
 * an admissions office, "children" for a museum that welcomes them. People use them in every
 * ordinary request ("I haven't heard back about my application"), so in an avoided topic
 * ("predicting the outcome of an individual application") they only count in a pair.
 */
export function domainWords(persona: Persona): ReadonlySet<string> {
  let domain = DOMAINS.get(persona);
  if (domain === undefined) {
    const { role, organization, audience, purpose } = persona.identity;
    domain = new Set(
      words(fold([persona.description, role, organization, audience, purpose].join(" "))).map(
        singular,
      ),
    );
    DOMAINS.set(persona, domain);
  }
  return domain;
}
/** Per persona (objects are never changed, only replaced): every message of a conversation asks again. */
const DOMAINS = new WeakMap<Persona, ReadonlySet<string>>();

/** The first avoided topic the message touches, or undefined. */
export function touchedTopic(
  text: string,
  persona: Persona,
  domain: ReadonlySet<string> = domainWords(persona),
): string | undefined {
  if (persona.guardrails.avoidTopics.length === 0) return undefined;
  const tokens = new Set(words(fold(text)).map(singular));
  return persona.guardrails.avoidTopics.find((topic) => {
    const entries = topicWords(topic);
    const found = entries.filter((entry) => tokens.has(entry.word));
    // A topic of one word names it alone, even a word of the field: the designer chose it.
    const alone = entries.length === 1;
    return (
      found.some((entry) => entry.strong && (alone || !domain.has(entry.word))) ||
      new Set(found.map((entry) => entry.word)).size >= 2
    );
  });
}

/**
 * The first avoided topic the message is on: by the topic's own words, then by its trigger
 * words or its field's thesaurus (topics.ts).
 */
export function avoidedTopic(
  text: string,
  persona: Persona,
  domain: ReadonlySet<string> = domainWords(persona),
): string | undefined {
  return touchedTopic(text, persona, domain) ?? triggeredTopic(text, persona, domain)?.topic;
}

/**
 * Refund cues less those of the persona's own field: a health insurer's "remboursements" are
 * its everyday business ("j'attends mon remboursement" is a complaint, "combien de temps pour
 * un remboursement ?" a question), not a request to be paid back or to cancel.
 */
function outsideField(cues: Cues | undefined, domain: ReadonlySet<string>): Cues | undefined {
  if (cues === undefined) return undefined;
  let known = OUTSIDE.get(domain);
  if (known === undefined) OUTSIDE.set(domain, (known = new Map()));
  if (!known.has(cues)) known.set(cues, withoutField(cues, domain));
  return known.get(cues);
}
const OUTSIDE = new WeakMap<ReadonlySet<string>, Map<Cues, Cues>>();

function withoutField(cues: Cues, domain: ReadonlySet<string>): Cues {
  const field = cues.stems.filter((stem) => [...domain].some((word) => word.startsWith(stem)));
  if (field.length === 0) return cues;
  const inField = (word: string) => field.some((stem) => word.startsWith(stem));
  return {
    ...cues,
    phrases: cues.phrases.filter((phrase) => !words(phrase).some(inField)),
    stems: cues.stems.filter((stem) => !field.includes(stem)),
  };
}

/** Words a greeting may carry without saying anything more ("Hi there", "Bonjour Madame"). */
const GREETING_COMPANIONS = new Set(
  "there all everyone everybody again madame monsieur mademoiselle tout tous monde".split(" "),
);

/** Five words or more besides the greeting, its companions and the assistant's name. */
function saysMoreThanHello(
  tokens: readonly string[],
  tables: readonly CueTable[],
  persona: Persona,
): boolean {
  const greetings = tables
    .flatMap((table) => table.greeting?.phrases ?? [])
    .map((phrase) => words(phrase));
  const name = new Set(words(fold(persona.identity.assistantName)));
  let more = 0;
  for (let i = 0; i < tokens.length;) {
    const greeting = greetings.find((phrase) => phrase.every((word, k) => tokens[i + k] === word));
    if (greeting !== undefined) {
      i += greeting.length;
      continue;
    }
    const token = tokens[i] as string;
    if (!GREETING_COMPANIONS.has(token) && !name.has(token)) more++;
    i++;
  }
  return more >= 5;
}

/**
 * What a user message asks for. The persona's language is tried first, then the other
 * one (people do write to a French assistant in English). A question mark alone makes
 * an information request; anything else unrecognised is a fallback.
 */
export function detectIntent(text: string, language: Language, persona: Persona): Intent {
  const folded = fold(text);
  const tokens = words(folded);
  if (triesOverride(tokens)) return "jailbreak";
  const tables = language === "fr" ? [FR, EN] : [EN, FR];
  if (tables.some((table) => matches(folded, tokens, table.jailbreak))) return "jailbreak";
  // Danger outranks a topic: an emergency is never met with "this topic is not for here".
  if (urgentSituation(folded)) return "urgent";
  const domain = domainWords(persona);
  if (avoidedTopic(text, persona, domain) !== undefined) return "guardrail";
  // "Tu es un robot ?" is answered plainly, with the way to a person (hand-over.ts); "rappelez-moi" asks for one.
  if (asksWhatItIs(folded) !== undefined || wantsCallBack(folded)) return "human";
  const question = folded.includes("?");
  for (const intent of ORDER) {
    if (intent === "jailbreak") continue;
    if (
      intent === "refund" &&
      !tables.some((table) => matches(folded, tokens, outsideField(table.refund, domain)))
    )
      continue;
    // "Merci, et comment faire pour… ?" is a question that happens to thank.
    if (intent === "thanks" && question) continue;
    if (intent === "assent" && tokens.length > ASSENT_MAX_WORDS) continue;
    if (!tables.some((table) => matches(folded, tokens, table[intent]))) continue;
    // "Bonjour, je déménage le mois prochain" says more than hello: it asks for something.
    if (intent === "greeting" && saysMoreThanHello(tokens, tables, persona)) return "information";
    return intent;
  }
  if (tellsOwnProblem(tokens)) return "complaint";
  return question ? "information" : "fallback";
}

/** Something of the user's ("my", "mon") or a thing both sides know ("the", "le"): what a fault is told about. */
const OWNERS = new Set([
  "my",
  "our",
  "the",
  "mon",
  "ma",
  "mes",
  "notre",
  "nos",
  "le",
  "la",
  "les",
  "l",
]);
const NEGATIONS = new Set(["not", "never", "cannot", "jamais"]);
const NEGATIONS_FR = new Set(["pas", "plus", "rien", "aucun", "aucune"]);
/** States of a thing that are faults on their own: "my laptop is slow", "the lights are all red", "l'écran reste noir". */
const FAULTS = new Set([
  "slow",
  "dead",
  "frozen",
  "blinking",
  "flashing",
  "blank",
  "red",
  "lent",
  "lente",
  "lents",
  "lentes",
  "casse",
  "cassee",
  "mort",
  "morte",
  "clignote",
  "clignotent",
  "gele",
  "noir",
  "noire",
  "blanche",
  "rouge",
  "rouges",
]);

/**
 * A problem the cues do not name, told about a thing: a possessive or definite article with a
 * negation or a fault ("My printer won't print", "Mon virement n'est jamais arrivé", "There
 * is a charge on my bill I don't recognise", "The router lights are all red"). Tried only when
 * no cue matched, so "Je ne trouve pas mon relevé" stays a request for information.
 */
function tellsOwnProblem(tokens: readonly string[]): boolean {
  if (!tokens.some((token) => OWNERS.has(token))) return false;
  const ne = tokens.includes("ne") || tokens.includes("n");
  return tokens.some(
    (token, i) =>
      NEGATIONS.has(token) ||
      FAULTS.has(token) ||
      // "won't" is "won" + "t"; a French "t'" (te, tu) follows no word in -n.
      (token === "t" && (tokens[i - 1] ?? "").endsWith("n")) ||
      // "pas" alone too: spoken French drops the "ne" ("ma carte marche pas").
      (NEGATIONS_FR.has(token) && (ne || token === "pas")),
  );
}
