/**
 * French rules of the subject finder (subject.ts): the determiners a noun phrase opens
 * with, the words that end it, and the phrases that take the subject up in a reply.
 * Word lists are folded (no accents, lower case), except determiners, where "là" is
 * not "la" and "à" not "a".
 */
import type { SubjectRules } from "./subject";

// Verbs, pronouns, prepositions, conjunctions and adverbs: a head noun is none of them.
const STOP = new Set(
  (
    "de d je j tu il elle on nous vous ils elles me m te t se s lui leur y en ce c ca cela ceci qui que qu quoi dont ou " +
    "ne n pas plus jamais rien toujours encore deja bien tres trop aussi vite rapidement maintenant aujourd hui demain hier " +
    "a au aux avec pour par sur sous dans chez depuis pendant avant apres contre entre vers sans selon via " +
    "et ou mais donc car ni si comme quand lorsque lorsqu puisque puisqu parce " +
    "comment combien pourquoi quel quelle quels quelles est-ce " +
    "ai as a avons avez ont suis es est sommes etes sont etait etais ete sera serai serait " +
    "peux peut pouvons pouvez peuvent pourrais pourrait pourriez veux veut voulons voulez veulent voudrais voudrait voudrions " +
    "dois doit devons devez doivent devrais devrait faut fallait faudrait sais sait savez fais fait faites vais va allez " +
    "marche marchent fonctionne fonctionnent arrive arrivent reste restent merci bonjour bonsoir salut svp stp oui non " +
    "tout tous toute toutes meme autre peu beaucoup assez moins"
  ).split(" "),
);

/** Infinitives a clitic "le", "la", "les" or "l'" stands before ("comment la refaire"). */
const VERBS = new Set(
  (
    "faire refaire avoir etre obtenir recevoir voir revoir prendre reprendre mettre remettre remplir fournir joindre " +
    "rejoindre suivre poursuivre rendre lire dire ecrire inscrire reinscrire transmettre permettre soumettre produire " +
    "reduire traduire construire detruire ouvrir rouvrir couvrir offrir finir choisir saisir reussir agir resoudre " +
    "savoir pouvoir vouloir devoir connaitre reconnaitre paraitre valoir boire vendre attendre entendre perdre " +
    "repondre descendre tenir retenir obtenir venir revenir"
  ).split(" "),
);

/** Nouns in -er, which would otherwise read as infinitives after "le" or "la". */
const NOUNS_IN_ER = new Set(
  "dossier courrier papier fichier calendrier loyer panier clavier quartier metier boitier cahier atelier foyer premier dernier palier chantier hiver cancer diner dejeuner gouter".split(
    " ",
  ),
);

/** Adjectives that come before the noun ("ma nouvelle carte", "ma dernière facture"). */
const BEFORE = new Set(
  "nouveau nouvel nouvelle nouveaux nouvelles dernier derniere derniers dernieres premier premiere premiers premieres petit petite petits petites grand grande grands grandes vieux vieil vieille ancien ancienne anciens anciennes prochain prochaine seul seule bon bonne vrai vraie vrais vraies".split(
    " ",
  ),
);

/**
 * Adjectives and participles after the noun, by their endings, read on the accented word:
 * "carte grise", "casier judiciaire", "carte vitale", "taxe foncière", "passeport périmé"
 * ("périmé" ends in "é", a verb such as "redémarre" in a plain "e").
 */
const AFTER =
  /(?:aires?|ales?|al|aux|elles?|els?|iques?|ières?|iers?|ives?|ifs?|euses?|eux|ée?s?|é)$/u;
const AFTER_WORDS = new Set(["grise", "gris", "rose", "jeune", "jeunes", "neuve", "neuf"]);
/** Words those endings would take for adjectives, though they are verbs, adverbs or nouns. */
const NOT_AFTER = new Set("ete cree cote mieux deux ceux eux aux tel quel cas fait".split(" "));

/** Heads that name no subject: "une question", "un problème", "une fois". */
const GENERIC = new Set(
  (
    "question questions demande demandes probleme problemes souci soucis renseignement renseignements information informations " +
    "aide message messages chose choses truc trucs besoin reponse reponses solution solutions moment fois jour jours semaine " +
    "semaines mois an ans annee annees heure heures minute minutes facon maniere possibilite idee avis personne quelqu " +
    "conseiller conseillere humain robot bot agent service erreur plainte reclamation precision precisions " +
    "fils fille filles enfant enfants mari femme epouse epoux mere pere parents frere soeur bebe voisin voisine compagnon compagne" +
    " matin soir midi lundi mardi mercredi jeudi vendredi samedi dimanche"
  ).split(" "),
);

export const SUBJECT_FR: SubjectRules = {
  // "l'", "d'", "qu'", "jusqu'" stand alone; "rendez-vous" and "Wi-Fi" are one word.
  tokens:
    /quelqu['’]une?|[\p{L}]{1,6}['’](?=\p{L})|[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu,
  determiners: {
    mon: { kind: "own", number: "m" },
    ma: { kind: "own", number: "f" },
    mes: { kind: "own", number: "pl" },
    notre: { kind: "own", number: "sg" },
    nos: { kind: "own", number: "pl" },
    un: { kind: "own", number: "m", indefinite: true },
    une: { kind: "own", number: "f", indefinite: true },
    des: { kind: "own", number: "pl", indefinite: true },
    le: { kind: "definite", number: "m", clitic: true },
    la: { kind: "definite", number: "f", clitic: true },
    "l'": { kind: "definite", number: "sg", clitic: true },
    "l’": { kind: "definite", number: "sg", clitic: true },
    les: { kind: "definite", number: "pl", clitic: true },
    du: { kind: "the", number: "m" },
    au: { kind: "the", number: "m" },
    aux: { kind: "the", number: "pl" },
    quel: { kind: "the", number: "m" },
    quelle: { kind: "the", number: "f" },
    quels: { kind: "the", number: "pl" },
    quelles: { kind: "the", number: "pl" },
    // The user's "votre site" is the organisation's: "le site".
    votre: { kind: "the", number: "sg" },
    vos: { kind: "the", number: "pl" },
    ton: { kind: "the", number: "m" },
    ta: { kind: "the", number: "f" },
    tes: { kind: "the", number: "pl" },
    ce: { kind: "as-is", number: "m" },
    cet: { kind: "as-is", number: "m" },
    cette: { kind: "as-is", number: "f" },
    ces: { kind: "as-is", number: "pl" },
  },
  // A possessive inside a complement: "la facture de mon fils" → "de votre fils".
  innerOwn: { mon: "m", ma: "f", mes: "pl", notre: "sg", nos: "pl" },
  innerKept: new Set([
    "la",
    "l'",
    "l’",
    "le",
    "les",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
  ]),
  // "aide au logement", "accès aux droits": "au" and "aux" link nouns as "de" does.
  complements: new Set(["de", "d'", "d’", "du", "des", "au", "aux"]),
  aside: new Set(["depuis", "via", "par", "sans", "pendant", "durant"]),
  judgement: new Set(["est", "etait", "sera", "serait"]),
  stop: STOP,
  generic: GENERIC,
  compound: false,
  before: (word) => BEFORE.has(word),
  after: (lower, folded) =>
    !NOT_AFTER.has(folded) &&
    !STOP.has(folded) &&
    (AFTER_WORDS.has(folded) || (folded.length > 3 && AFTER.test(lower))),
  isVerb: (word) =>
    VERBS.has(word) ||
    (word.endsWith("er") && !NOUNS_IN_ER.has(word)) ||
    /-(?:je|tu|il|elle|on|nous|vous|ils|elles|moi|toi|le|la|les)$/.test(word),
  maxWords: 3,
  own: (number, informal, vowel) => {
    if (!informal) return number === "pl" ? "vos" : "votre";
    if (number === "pl") return "tes";
    if (number === "m" || vowel) return "ton";
    return number === "f" ? "ta" : undefined;
  },
  the: (number, vowel) =>
    number === "pl"
      ? "les"
      : vowel
        ? "l'"
        : number === "m"
          ? "le"
          : number === "f"
            ? "la"
            : undefined,
  votes: {
    own: "le la les un une des du de et est je vous mon ma mes pour avec sur pas que qui ne au".split(
      " ",
    ),
    other: "the a an of and is i you my for with on not to what how it can do".split(" "),
  },
};
