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
const NEGATION =
  /\b([Nn])(?:e |')((?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en) |[mtsl]')*\p{L}+) (pas|jamais|plus)\b/gu;

const casual: readonly Rewrite[] = [
  [/\b(Q|q)ue puis-je\b/g, (_, q: string) => `${q}u'est-ce que je peux`],
  [/\b(Q|q)ue pouvons-nous\b/g, (_, q: string) => `${q}u'est-ce que nous pouvons`],
  [/ (quoi) puis-je\b/g, " $1 je peux"],
  [/ (quoi) pouvons-nous\b/g, " $1 nous pouvons"],
  [
    INVERTED,
    (match: string, verb: string, pronoun: string) =>
      sameCase(match, `${pronoun} ${verb.toLowerCase()}`),
  ],
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
  // Spoken French says with a verb what written French says with a noun ("dès réception" → "dès qu'on a").
  [
    /\b(Je vais|Nous allons) vérifier ce qui s'est passé et revenir vite vers (vous|toi)\b/g,
    (_, who: string, to: string) =>
      `${who} voir ce qui s'est passé et ${who === "Je vais" ? "je reviens" : "nous revenons"} vite vers ${to}`,
  ],
  [
    /^Dès réception de (votre|ton) numéro de dossier, la vérification commence\.$/,
    "Dès qu'on a $1 numéro de dossier, on vérifie.",
  ],
  [
    /^Dès réception de ces éléments, (vous aurez|tu auras) une réponse complète\.$/,
    "Avec ça, $1 une réponse complète.",
  ],
  [
    /^La demande de remboursement ou d'annulation peut être lancée dès réception de (votre|ton) numéro/,
    "Le remboursement ou l'annulation part dès qu'on a $1 numéro",
  ],
  [
    / une confirmation écrite dès que la demande sera enregistrée\./,
    " une confirmation par écrit dès que c'est enregistré.",
  ],
  [
    /^Le remboursement intervient ensuite sous quelques jours ouvrés\.$/,
    "Le remboursement arrive ensuite en quelques jours.",
  ],
  [
    /\b(J'entends|Nous entendons) (votre|ton) mécontentement\b/g,
    (_, who: string, whose: string) =>
      `${who} bien que ça ne ${whose === "votre" ? "vous" : "te"} plaît pas`,
  ],
  [/, à condition que l'échange reste courtois\./, ", tant que ça reste correct."],
  // The take-up answers (take-up.ts), said as one speaks.
  [
    /\b(Je vais|Nous allons) (vous |t')indiquer la marche à suivre pour\b/g,
    (_, who: string, to: string) => `${who} ${to === "t'" ? "t'" : to}expliquer comment faire pour`,
  ],
  [/\b(Je vais|Nous allons) vérifier la situation pour\b/g, "$1 regarder ce qui se passe pour"],
  [/\b(votre|ta) demande concernant\b/g, "$1 demande pour"],
  [/\bpeut être lancée dès réception de (votre|ton) numéro\b/g, "part dès qu'on a $1 numéro"],
  [
    /^Ces consignes encadrent (mon|notre) rôle, et /,
    (_, whose: string) => `Ce sont ${whose === "mon" ? "mes" : "nos"} consignes, et `,
  ],
  [/\bMerci de (me|nous) l'avoir signalé\b/g, "Merci de $1 le dire"],
  [/\ben cours de conversation\b/g, "en cours de route"],
  [/^(?:Je vous en prie|Je t'en prie), c'était avec plaisir\.$/, "De rien, c'était avec plaisir."],
  [/\bmettre en relation avec un conseiller\b/g, "passer un conseiller"],
  [/\b(Indiquez|Indique) simplement (vos|tes) disponibilités\b/g, "$1 juste $2 dispos"],
  [/\brecontactera\b/g, "rappellera"],
  [/^Ce fut un plaisir d'échanger avec/, "C'était un plaisir de discuter avec"],
  [
    /\b(Je comprends|Nous comprenons) (votre|ta) frustration\b/g,
    (_, who: string, whose: string) =>
      `${who} que ça ${whose === "votre" ? "vous énerve" : "t'énerve"}`,
  ],
  [
    /\b(Je comprends|Nous comprenons) que ce sujet compte pour (vous|toi), prenons\b/g,
    "$1 que ça compte pour $2, on prend",
  ],
  // The organisation still speaks ("notre règle"), in plain words: casual and institutional go together.
  [
    /^Selon notre procédure, (?:votre|ta) demande est traitée dans l'ordre d'arrivée\.$/,
    "Notre règle, c'est premier arrivé, premier servi.",
  ],
  [
    /^Selon notre procédure habituelle, chaque demande fait l'objet d'un suivi écrit\.$/,
    "Notre règle, c'est un suivi par écrit pour chaque demande.",
  ],
  [
    /^(?:Votre demande est enregistrée sous la référence|Référence de votre demande :) /,
    "Votre numéro de demande, c'est le ",
  ],
  [
    /^(?:Ta demande est enregistrée sous la référence|Référence de ta demande :) /,
    "Ton numéro de demande, c'est le ",
  ],
];

const intimate: readonly Rewrite[] = [
  [
    /^(?:Votre|Ta|La|Le) (?:question|demande|message) est bien (notée?|reçue?)\.$/,
    (_, seen: string) => `Bien ${seen.replace(/e$/, "")}.`,
  ],
  [/^(?:Votre|Ta) demande est tout à fait légitime\.$/, "C'est légitime, ça."],
  [
    /^(Je comprends|Nous comprenons) que cette décision ne soit pas agréable à prendre\./,
    "$1, c'est pas une décision facile.",
  ],
  [
    /^Le remboursement ou l'annulation part dès qu'on a (votre|ton) numéro de commande ou de contrat\./,
    "Dès qu'on a $1 numéro de commande, c'est parti.",
  ],
  [/^Un conseiller peut prendre le relais\b/, "Un conseiller prend le relais"],
  [/^J'ai bien reçu (votre|ton) message\.$/, "Bien reçu $1 message."],
  // Shared context taken for granted (the catalog's intimate band): "Je m'en occupe", not what of.
  [
    /^(Je m'occupe|Nous nous occupons) de (?:votre|ta) demande de remboursement ou d'annulation\./,
    (_, who: string) => (who === "Je m'occupe" ? "Je m'en occupe." : "Nous nous en occupons."),
  ],
  [
    /^Pour bien (vous|te) répondre, (j'ai|nous avons) besoin de quelques infos sur (?:votre|ta) situation\./,
    (_, to: string, who: string) =>
      `Pour ${to === "vous" ? "vous " : "t'"}aider, il ${who === "j'ai" ? "me" : "nous"} faut juste quelques infos.`,
  ],
  // The question is the one just asked: "Ah, merci.", not what for.
  [/^Merci pour (?:votre|ta|ton|ce) question\./, "Ah, merci."],
  // The organisation's rule, as said across a counter.
  [
    /^Notre règle, c'est un suivi par écrit pour chaque demande\.$/,
    "Ici, c'est toujours par écrit qu'on répond.",
  ],
  [/^Notre règle, c'est premier arrivé, premier servi\.$/, "Ici, c'est chacun son tour."],
  // The openers of speech: "Ah", "Bon", "Et".
  [
    /^Merci (de (?:me|nous) le dire|pour (?:votre|ta|ton|ce) (?:question|message))\./,
    "Ah, merci $1.",
  ],
  [/^(Je garde|Nous gardons) /, (_, who: string) => `Bon, ${who.toLowerCase()} `],
  [
    /^Ça doit être pénible, et (je le regrette|nous le regrettons) vraiment\./,
    "Oh, ça doit être pénible, $1 vraiment.",
  ],
  [
    /^Le remboursement arrive ensuite en quelques jours\./,
    "Et le remboursement arrive en quelques jours.",
  ],
  [/^Je regarde (votre|ton) dossier pour comprendre\b/, "Je regarde $1 dossier pour voir"],
  [/^Avec plaisir, c'est (?:mon|notre) rôle\./, "Avec plaisir, c'est normal."],
  [/\bvraiment plaisir\b/g, "super plaisir"],
  [
    NEGATION,
    (match: string, n: string, verb: string, negation: string) =>
      n === "N" ? sameCase("N", `${verb} ${negation}`) : `${verb} ${negation}`,
  ],
  // The "ne" gone, "je" and "ce" elide again before a vowel: "je n'ai pas" → "j'ai pas".
  // Not after a hyphen: "puis-je" stays whole.
  [/(?<![-\p{L}])([Jj])e (?=[aeiouéèêh])/gu, "$1'"],
  [/(?<![-\p{L}])([Cc])e (?=est\b)/gu, "$1'"],
  [/(?<![-\p{L}])([Tt])u (?=(?:es|as)\b)/gu, "$1'"],
  [/\bil y a\b/g, "y a"],
];

const formal: readonly Rewrite[] = [
  // Procedures as an official text cites them.
  [
    /^Selon notre procédure, (votre|ta) demande est traitée\b/,
    "Conformément à la procédure en vigueur, $1 demande est traitée",
  ],
  [/^Selon notre procédure habituelle, /, "Selon la procédure habituelle, "],
  // \b only knows ASCII letters: a word that starts or ends with an accent needs the lookarounds.
  [/(?<!\p{L})Ça(?!\p{L})/gu, "Cela"],
  [/(?<!\p{L})ça(?!\p{L})/gu, "cela"],
  [/^Pour (?=(?:vous |te |t')?\p{L}+(?:er|ir|re)\b)/u, "Afin de "],
  [/ pour (?=comprendre|gagner)/g, " afin de "],
  [/\b([Pp])ouvez-vous\b/g, "$1ourriez-vous"],
  [/\b([Pp])eux-tu\b/g, "$1ourrais-tu"],
  [/\brapidement\b/g, "dans les meilleurs délais"],
  [
    /^(Je|Nous) (?:peux|pouvons) vous aider\b/,
    (_, who: string) => `${who} ${who === "Je" ? "suis" : "sommes"} en mesure de vous aider`,
  ],
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
  [
    /^Indiquez-(moi|nous) /,
    (_, who: string) => `Veuillez ${who === "moi" ? "m'" : "nous "}indiquer `,
  ],
  [/^Indiquez simplement /, "Veuillez indiquer "],
  [/^Dites-(moi|nous) /, (_, who: string) => `Veuillez ${who === "moi" ? "m'" : "nous "}indiquer `],
  [/^Posez /, "Veuillez poser "],
  [
    /\b([Pp])ourriez-vous (?=[aeiouéèê])/g,
    (_, p: string) => `${p === "P" ? "A" : "a"}uriez-vous l'amabilité d'`,
  ],
  [
    /\b([Pp])ourriez-vous /g,
    (_, p: string) => `${p === "P" ? "A" : "a"}uriez-vous l'amabilité de `,
  ],
];

export const REGISTER_FR: RegisterRewrites = { casual, intimate, formal, frozen, contractions: [] };
