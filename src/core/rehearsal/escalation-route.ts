/**
 * The persona's escalation text, said to the person. Designers write it as an instruction to
 * the assistant ("orienter l'usager vers l'accueil de la mairie ou proposer un rendez-vous
 * avec un agent", "refer the applicant to the Admissions Office by email, quoting their
 * applicant number"); the reply says it to the user, in the persona's address and voice
 * ("nous pouvons vous orienter vers l'accueil de la mairie ou vous proposer un rendez-vous…",
 * "we can refer you to the Admissions Office by email, quoting your applicant number").
 * A few dozen instruction verbs are read; any other clause is quoted as written. The result
 * is a template (text.ts notation: {vous|tu}, [je|nous]) with the designer's own words kept.
 */
import type { Language } from "../persona/schema";

/** One instruction of an escalation text: "en cas de danger immédiat, indiquer les numéros…". */
export interface EscalationClause {
  /** What it applies to, as written ("en cas de danger immédiat"); "" when it always applies. */
  condition: string;
  /** What to do, or a statement ("Accueil : 01 23 45 67 89"). */
  action: string;
}

const OPENERS: Readonly<Record<Language, RegExp>> = {
  fr: /^(?:pour|en cas d|si|s'il|lorsqu|quand|d[èe]s que|face [àa]|dans le cas d|en pr[ée]sence d|apr[èe]s|avant)/iu,
  en: /^(?:if|for|when|whenever|in case|in the event|should|once|after|before|where)\b/iu,
};

/** Instruction verbs whose object is the person ("orienter l'usager vers…"): the reply says "vous orienter". */
const PERSON_FR = new Set(
  "orienter réorienter rediriger diriger renvoyer adresser aiguiller inviter rappeler recontacter contacter joindre prévenir accompagner mettre recevoir guider convier".split(
    " ",
  ),
);
/** Verbs that give the person something ("proposer un rendez-vous"): "vous proposer". */
const DATIVE_FR = new Set(
  "proposer indiquer donner communiquer conseiller recommander suggérer expliquer fournir remettre préciser envoyer dire montrer offrir demander".split(
    " ",
  ),
);
/** Verbs about the request, not the person ("ouvrir un ticket"): no pronoun. */
const OTHER_FR = new Set(
  "ouvrir créer enregistrer noter transmettre transférer passer signaler alerter appeler faire prendre planifier organiser escalader remonter informer".split(
    " ",
  ),
);
const PERSON_EN = new Set(
  "refer direct redirect point send transfer connect put signpost route guide introduce escort".split(
    " ",
  ),
);
const DATIVE_EN = new Set("give offer tell show email".split(" "));
const OTHER_EN = new Set(
  "open log raise create book arrange escalate forward pass hand note record call contact share check issue file flag report schedule take request invite encourage ask instruct remind advise recommend suggest".split(
    " ",
  ),
);

const USER_FR =
  "usag(?:er|ère|ers|ères)|client(?:e|s|es)?|visiteu(?:r|se|rs|ses)|utilisat(?:eur|rice|eurs|rices)|adhérent(?:e|s|es)?|demandeu(?:r|se|rs|ses)|candidat(?:e|s|es)?|appelant(?:e|s|es)?|personne|patient(?:e|s|es)?|abonné(?:e|s|es)?|membre(?:s)?|interlocut(?:eur|rice)|contribuable(?:s)?|administré(?:e|s|es)?|habitant(?:e|s|es)?|bénéficiaire(?:s)?|assuré(?:e|s|es)?|sociétaire(?:s)?|étudiant(?:e|s|es)?|élève(?:s)?|locataire(?:s)?|famille(?:s)?";
const USER_EN =
  "customer|client|user|visitor|applicant|caller|member|patient|person|student|guest|resident|citizen|subscriber|account holder|policyholder|traveller|traveler|reader|parent|enquirer|inquirer|claimant|tenant|learner";

/** The person as the verb's object, right after it: "l'usager", "au client", "the applicant", "them". */
const OBJECT: Readonly<Record<Language, RegExp>> = {
  fr: new RegExp(
    `^(?:(?:à\\s+)?(?:l['’]|le\\s+|la\\s+|les\\s+)|aux?\\s+)(?:${USER_FR})\\b\\s*`,
    "iu",
  ),
  en: new RegExp(`^(?:(?:the|a|an|this)\\s+(?:${USER_EN})s?|them|him or her|him|her)\\b\\s*`, "iu"),
};
const MENTIONS_USER: Readonly<Record<Language, RegExp>> = {
  fr: new RegExp(`(?:^|[\\s'’])(?:${USER_FR})(?![\\p{L}])`, "iu"),
  en: new RegExp(`\\b(?:${USER_EN})s?\\b|\\bthey\\b|\\bthem\\b`, "iu"),
};

/** The clauses of an escalation text: sentences and parts split at ";". */
export function escalationClauses(escalation: string, language: Language): EscalationClause[] {
  return escalation
    .split(/\s*;\s*|(?<=[.!?])\s+(?=\p{Lu})|\s*\n+\s*/u)
    .map((part) =>
      part
        .trim()
        .replace(/[.…]+$/u, "")
        .trim(),
    )
    .filter((part) => /\p{L}/u.test(part))
    .map((part) => splitCondition(part, language));
}

const knownFr = (verb: string) => PERSON_FR.has(verb) || DATIVE_FR.has(verb) || OTHER_FR.has(verb);

function infinitive(word: string, language: Language): string | undefined {
  const lower = word.toLowerCase();
  if (language === "en")
    return PERSON_EN.has(lower) || DATIVE_EN.has(lower) || OTHER_EN.has(lower) ? lower : undefined;
  // "Orientez l'usager" is written to the assistant as "vous": the same instruction.
  const base = lower.endsWith("ez") ? `${lower.slice(0, -2)}er` : lower;
  if (knownFr(base)) return base;
  return lower.endsWith("ez") && knownFr(`${lower.slice(0, -2)}re`)
    ? `${lower.slice(0, -2)}re`
    : undefined;
}

const firstWord = (text: string) => /^[\p{L}’'-]+/u.exec(text)?.[0] ?? "";

function splitCondition(clause: string, language: Language): EscalationClause {
  if (OPENERS[language].test(clause)) {
    for (const match of clause.matchAll(/,\s+/g)) {
      const rest = clause.slice(match.index + match[0].length);
      if (infinitive(firstWord(rest), language) !== undefined)
        return { condition: clause.slice(0, match.index), action: rest };
    }
  }
  return { condition: "", action: clause };
}

/** Whether a clause is an instruction the reply can say to the person (it starts with a known verb). */
export function isInstruction(clause: EscalationClause, language: Language): boolean {
  return infinitive(firstWord(clause.action), language) !== undefined;
}

/** Whether a text speaks of the person in the third person ("si l'usager…", "the customer has…"). */
export function mentionsUser(text: string, language: Language): boolean {
  return MENTIONS_USER[language].test(text);
}

const elides = (word: string) => /^[aeiouyhàâéèêëîïôûù]/iu.test(word);

/** Where one instruction ends and the next begins: ", ou proposer", " and offer". */
const joints = (verbs: readonly string[]) =>
  new RegExp(
    `(,\\s+(?:(?:et|ou|and|or|then|puis)\\s+)?|\\s+(?:et|ou|and|or|then|puis)\\s+)(?=(?:${verbs.join("|")})(?![\\p{L}]))`,
    "giu",
  );
const JOINTS: Readonly<Record<Language, RegExp>> = {
  fr: joints([...PERSON_FR, ...DATIVE_FR, ...OTHER_FR]),
  en: joints([...PERSON_EN, ...DATIVE_EN, ...OTHER_EN]),
};
const OWNED_FR = new RegExp(
  `\\b(le|la|l['’]|les)\\s*([^,;()]*?)\\s+(?:du|de la|de l['’]|des)\\s*(?:${USER_FR})(?![\\p{L}])`,
  "giu",
);
const OWNED_EN = new RegExp(`\\bthe (?:${USER_EN})['’]s\\b`, "giu");

/** The person's possessions, said to them: "son dossier" → "{votre|ton} dossier", "their number" → "your number". */
function possessives(text: string, language: Language): string {
  if (language === "en") {
    return text.replace(OWNED_EN, "your").replace(/\b(?:his or her|their|his|her)\b/giu, "your");
  }
  return text
    .replace(OWNED_FR, (_, article: string, thing: string) =>
      article.toLowerCase() === "les"
        ? `{vos|tes} ${thing}`
        : `{votre|${article.toLowerCase() === "la" ? "ta" : "ton"}} ${thing}`,
    )
    .replace(/(?<![\p{L}])(son|sa|ses|leur|leurs) (?=\p{L})/gu, (_, word: string) =>
      word === "ses" || word === "leurs"
        ? "{vos|tes} "
        : word === "sa"
          ? "{votre|ta} "
          : "{votre|ton} ",
    );
}

/**
 * What follows a verb whose object the text leaves out ("orienter vers l'accueil", "send to
 * the front desk"): the person is that object. "Refer billing questions to…" has its own.
 */
const NO_OBJECT: Readonly<Record<Language, RegExp>> = {
  fr: /^(?:$|(?:vers|à|au|aux|auprès|chez|en|dans|sur|par|pour|avec|jusqu|dès)(?![\p{L}]))/iu,
  en: /^(?:$|(?:to|towards?|into|at|on|with|for|through|via|by|in|back)\b)/iu,
};

/** One instruction verb and what follows it, said to the person. */
function segment(
  verb: string,
  rest: string,
  language: Language,
): { text: string; personal: boolean } {
  let tail = rest;
  const object = OBJECT[language].exec(tail);
  if (object) tail = tail.slice(object[0].length);
  const dative = language === "fr" ? DATIVE_FR.has(verb) : DATIVE_EN.has(verb);
  const person =
    (language === "fr" ? PERSON_FR.has(verb) : PERSON_EN.has(verb)) &&
    NO_OBJECT[language].test(tail);
  const pronoun = object !== null || dative || person;
  if (language === "fr") {
    const before = pronoun ? (elides(verb) ? "{vous |t'}" : "{vous|te} ") : "";
    return { text: `${before}${verb}${tail === "" ? "" : ` ${tail}`}`, personal: pronoun };
  }
  const you = pronoun && !/^you\b/iu.test(tail);
  return { text: `${verb}${you ? " you" : ""}${tail === "" ? "" : ` ${tail}`}`, personal: pronoun };
}

/** "conseiller d'en parler à son expert-comptable" → "mieux vaut en parler à {votre|ton} expert-comptable". */
function adviceFr(verb: string, rest: string): string | undefined {
  const tail = rest.replace(OBJECT.fr, "");
  const then = /^(?:de\s+|d['’]|à\s+)(.+)$/u.exec(tail)?.[1];
  if (then === undefined || !/^(?:(?:en|y|s['’]|se)\s*)?\p{L}+(?:er|ir|re|oir)\b/u.test(then))
    return undefined;
  if (verb === "conseiller" || verb === "recommander" || verb === "suggérer")
    return `mieux vaut ${possessives(then, "fr")}`;
  if (
    verb === "proposer" ||
    verb === "indiquer" ||
    verb === "dire" ||
    verb === "demander" ||
    verb === "inviter"
  )
    return `{vous pouvez|tu peux} ${possessives(then, "fr")}`;
  return undefined;
}

function adviceEn(verb: string, rest: string): string | undefined {
  const then = /^to\s+(.+)$/iu.exec(rest.replace(OBJECT.en, ""))?.[1];
  if (then === undefined) return undefined;
  if (verb === "tell" || verb === "ask" || verb === "instruct" || verb === "remind")
    return `please ${possessives(then, "en")}`;
  if (verb === "invite" || verb === "encourage") return `you can ${possessives(then, "en")}`;
  if (verb === "advise" || verb === "recommend" || verb === "suggest")
    return `{it is|it's} best to ${possessives(then, "en")}`;
  return undefined;
}

/**
 * The clause's action said to the person, as a template without a final stop, or undefined
 * when it is not an instruction (the caller quotes it). "indiquer les numéros d'urgence (15,
 * 17, 18 ou 112)" gives them ("voici les numéros…"); other instructions become what the
 * assistant can do ("[je peux|nous pouvons] {vous|t'}orienter vers…").
 */
export function sayAction(clause: EscalationClause, language: Language): string | undefined {
  const verb = infinitive(firstWord(clause.action), language);
  if (verb === undefined) return undefined;
  const rest = clause.action.slice(firstWord(clause.action).length).trim();
  const advice = language === "fr" ? adviceFr(verb, rest) : adviceEn(verb, rest);
  if (advice !== undefined) return advice;
  if (
    language === "fr" &&
    (verb === "indiquer" || verb === "donner" || verb === "communiquer") &&
    /^(?:les?|la|l['’]|des|un|une)\s*\p{L}/u.test(rest)
  ) {
    return `voici ${rest}`;
  }
  // Coordinated instructions each take the person: "vous orienter … ou vous proposer …".
  const parts =
    `${firstWord(clause.action).toLowerCase()}${clause.action.slice(firstWord(clause.action).length)}`.split(
      JOINTS[language],
    );
  let personal = false;
  let out = "";
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] as string;
    const word = firstWord(part);
    const said = segment(
      infinitive(word, language) ?? word.toLowerCase(),
      part.slice(word.length).trim(),
      language,
    );
    personal ||= said.personal;
    out += said.text + (parts[i + 1] ?? "");
  }
  const text = personal ? possessives(out, language) : out;
  return language === "fr" ? `[je peux|nous pouvons] ${text}` : `[I|we] can ${text}`;
}
