/**
 * How the French phrasebook moves along the register (register.ts). Written against the
 * expanded templates of phrases-fr.ts: every rule is checked on all of them, in both
 * address forms and both voices (register.test.ts), so a rule that would garble one
 * sentence shows up there.
 */
import type { RegisterRewrites, Rewrite } from "./phrasebook";
import { sameCase } from "./text";

/** Inverted questions said by intonation, as people speak: "peux-tu préciser" → "tu peux préciser". */
const INVERTED = /\b(peux|pouvez|as|avez|pourrais|pourriez)-(tu|vous)\b/gi;

/** A "ne" before the verb of a negation, with the object pronouns between them. */
const NEGATION = /\b([Nn])(?:e |')((?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en) |[mtsl]')*\p{L}+) (pas|jamais|plus)\b/gu;

const casual: readonly Rewrite[] = [
  [/\b(Q|q)ue puis-je\b/g, (_, q: string) => `${q}u'est-ce que je peux`],
  [/\b(Q|q)ue pouvons-nous\b/g, (_, q: string) => `${q}u'est-ce que nous pouvons`],
  [/ (quoi) puis-je\b/g, " $1 je peux"],
  [/ (quoi) pouvons-nous\b/g, " $1 nous pouvons"],
  [INVERTED, (match: string, verb: string, pronoun: string) => sameCase(match, `${pronoun} ${verb.toLowerCase()}`)],
  [/\bque l'on\b/g, "qu'on"],
  [/\bCela\b/g, "Ça"],
  [/\bcela\b/g, "ça"],
  [/\bquelques précisions\b/g, "quelques infos"],
  [/^Pour (vous|te) répondre précisément,/, "Pour bien $1 répondre,"],
  [/^Cette situation doit être pénible\b/, "Ça doit être pénible"],
  [/\brevenir vers (vous|toi) rapidement\b/g, "revenir vite vers $1"],
  [/\bsincèrement\b/g, "vraiment"],
  [/\bplaisant\b/g, "sympa"],
  [/^D'accord\.$/, "OK."],
  [/^Très bien, /, "Ça marche, "],
  [/^Entendu : /, "D'accord, "],
];

const intimate: readonly Rewrite[] = [
  [/^(?:Votre|Ta|La) (?:question|demande) est bien (notée|reçue)\.$/, (_, seen: string) => `Bien ${seen.slice(0, -1)}.`],
  [/\bvraiment plaisir\b/g, "super plaisir"],
  [NEGATION, (match: string, n: string, verb: string, negation: string) => (n === "N" ? sameCase("N", `${verb} ${negation}`) : `${verb} ${negation}`)],
  // The "ne" gone, "je" and "ce" elide again before a vowel: "je n'ai pas" → "j'ai pas".
  // Not after a hyphen: "puis-je" stays whole.
  [/(?<![-\p{L}])([Jj])e (?=[aeiouéèêh])/gu, "$1'"],
  [/(?<![-\p{L}])([Cc])e (?=est\b)/gu, "$1'"],
  [/(?<![-\p{L}])([Tt])u (?=(?:es|as)\b)/gu, "$1'"],
  [/\bil y a\b/g, "y a"],
];

const formal: readonly Rewrite[] = [
  // \b only knows ASCII letters: a word that starts or ends with an accent needs the lookarounds.
  [/(?<!\p{L})Ça(?!\p{L})/gu, "Cela"],
  [/(?<!\p{L})ça(?!\p{L})/gu, "cela"],
  [/^Pour (?=(?:vous |te |t')?\p{L}+(?:er|ir|re)\b)/u, "Afin de "],
  [/ pour (?=comprendre|gagner)/g, " afin de "],
  [/\b([Pp])ouvez-vous\b/g, "$1ourriez-vous"],
  [/\b([Pp])eux-tu\b/g, "$1ourrais-tu"],
  [/\brapidement\b/g, "dans les meilleurs délais"],
  [/^(Je|Nous) (?:peux|pouvons) vous aider\b/, (_, who: string) => `${who} ${who === "Je" ? "suis" : "sommes"} en mesure de vous aider`],
  [/\bvraiment plaisir\b/g, "grand plaisir"],
  [/\btout de suite\b/g, "sans délai"],
  [/\bprécisions sur\b/g, "précisions complémentaires concernant"],
  [/\bsi vous avez besoin d'autre chose\b/g, "si vous souhaitez toute autre information"],
  [/\bà votre écoute pour la suite\.$/, "à votre écoute pour la suite de votre démarche."],
  [/\bce qui s'est passé(?!\p{L})/gu, "ce qui s'est produit"],
  [/\b([Jj])e regarde\b/g, "$1'examine"],
  [/\b([Nn])ous regardons\b/g, "$1ous examinons"],
  [/\bmieux vaut en parler\b/g, "il est préférable d'en parler"],
  [/\bPas d'inquiétude\b/g, "Aucune inquiétude à avoir"],
  [/\bc'est bien normal\b/g, "c'est tout à fait légitime"],
  [/\bdès que besoin\b/g, "dès que nécessaire"],
  [/\bsi besoin\b/g, "si nécessaire"],
  [/\bquand vous voulez\b/g, "quand vous le souhaitez"],
  [/\bquand tu veux\b/g, "quand tu le souhaites"],
  [/^Jolie question\.$/, "Voilà une bonne question."],
  [/^Là, (\p{L})/u, (_, letter: string) => letter.toUpperCase()],
];

// "Veuillez" and "Auriez-vous" exist only with "vous": a tutoyé sentence has nothing they match.
const frozen: readonly Rewrite[] = [
  [/^Indiquez-(moi|nous) /, (_, who: string) => `Veuillez ${who === "moi" ? "m'" : "nous "}indiquer `],
  [/^Indiquez simplement /, "Veuillez indiquer "],
  [/^Dites-(moi|nous) /, (_, who: string) => `Veuillez ${who === "moi" ? "m'" : "nous "}indiquer `],
  [/^Posez /, "Veuillez poser "],
  [/\b([Pp])ourriez-vous (?=[aeiouéèê])/g, (_, p: string) => `${p === "P" ? "A" : "a"}uriez-vous l'amabilité d'`],
  [/\b([Pp])ourriez-vous /g, (_, p: string) => `${p === "P" ? "A" : "a"}uriez-vous l'amabilité de `],
];

export const REGISTER_FR: RegisterRewrites = { casual, intimate, formal, frozen, contractions: [] };
