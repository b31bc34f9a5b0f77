import type { CardProblemCode } from "../../../core/cards/types";
import { defineMessages, plural } from "../define-messages";

/** What an import did, said in words; `source` is a file name, or null for pasted text. */
const en = {
  imported: (name: string) => `Imported “${name}”: it is open as a new persona.`,
  /** `problems`: how many, worded by `problems` below. */
  invalid: (source: string | null, problems: string) =>
    `${source ?? "The pasted JSON"} was not imported: ${problems}. Nothing changed.`,
  problems: plural({ one: "# problem", other: "# problems" }),
  tooLarge: (source: string | null) =>
    `${source ?? "The pasted JSON"} is too large: a persona file is at most 4 MB (1 MB of content) and a card at most 16 MB. Nothing was imported.`,
  notJson: (source: string | null) =>
    `${source ?? "This"} is neither JSON nor a PNG image. Nothing was imported.`,
  unreadable: (source: string | null) =>
    `${source ?? "The file"} could not be read. Nothing was imported.`,
  importedCard: (name: string, version: string, container: string) =>
    `Imported “${name}” from a Character Card ${version.toUpperCase()} (${container.toUpperCase()}): it is open as a new persona.`,
  cardExact: "The card carried its Psydesign persona: it came back exactly.",
  cardEdited: (fields: string) =>
    `The card carried its Psydesign persona, edited since in another tool (${fields}): the edits are kept, and the sliders are the persona’s.`,
  cardNeutral: (words: number) =>
    `Cards have no sliders, and this one has too little dialogue to measure (${words} words): the voice settings are neutral defaults. Set them yourself.`,
  cardEstimated: (words: number) =>
    `Cards have no sliders: the voice settings, the address form and the language are estimates from ${words} words of the card’s own dialogue. Check them.`,
  cardRefused: (source: string | null, reason: string) =>
    `${source ?? "The pasted JSON"} was not imported: ${reason} Nothing changed.`,
  cardProblems: {
    "too-large": "it is larger than 16 MB.",
    "persona-too-large":
      "the file is within the 16 MB limit, but the persona made from it would be over 1 MB: a persona keeps the whole card, lorebook included, and a persona holds at most 1 MB.",
    "compressed-too-large": "the card text inside the PNG is compressed and expands past 16 MB.",
    "too-deep": "the card nests its data more than 48 levels deep (real cards nest about ten).",
    "not-a-card": "it is not a Character Card.",
    "no-card-in-png": "this PNG image carries no character card.",
    "bad-png": "the PNG file is damaged or cut short.",
    "bad-base64": "the card inside the PNG is corrupt (bad base64).",
    "bad-json": "the card is not valid JSON.",
    lorebook: "this is a SillyTavern World Info (lorebook) file, not a character card.",
    "no-name": "the card has no name.",
    "no-data": "the V3 card has no “data” object.",
    "unknown-spec": "the card’s format version is unknown.",
    "is-persona": "it is a persona file; import it as one.",
    "invalid-persona": "the persona carried by the card is invalid.",
    unreadable: "the card could not be read.",
  } satisfies Record<CardProblemCode, string> as Record<string, string>,
};

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: typeof en = {
  imported: (name) => `«\u00a0${name}\u00a0» importé\u00a0: il est ouvert comme nouveau persona.`,
  invalid: (source, problems) =>
    `${source ?? "Le JSON collé"} n’a pas été importé\u00a0: ${problems}. Rien n’a changé.`,
  problems: plural({ one: "# problème", many: "# de problèmes", other: "# problèmes" }),
  tooLarge: (source) =>
    `${source ?? "Le JSON collé"} est trop gros\u00a0: un fichier de persona fait au plus 4\u00a0Mo (1\u00a0Mo de contenu), une carte au plus 16\u00a0Mo. Rien n’a été importé.`,
  notJson: (source) =>
    `${source ?? "Ceci"} n’est ni du JSON ni une image PNG. Rien n’a été importé.`,
  unreadable: (source) => `${source ?? "Le fichier"} n’a pas pu être lu. Rien n’a été importé.`,
  importedCard: (name, version, container) =>
    `«\u00a0${name}\u00a0» importé depuis une Character Card ${version.toUpperCase()} (${container.toUpperCase()})\u00a0: il est ouvert comme nouveau persona.`,
  cardExact: "La carte portait son persona Psydesign\u00a0: il revient à l’identique.",
  cardEdited: (fields) =>
    `La carte portait son persona Psydesign, modifié depuis dans un autre outil (${fields})\u00a0: les modifications sont gardées, et les curseurs sont ceux du persona.`,
  cardNeutral: (words) =>
    `Les cartes n’ont pas de curseurs et celle-ci a trop peu de dialogue à mesurer (${words}\u00a0mots)\u00a0: les réglages de voix sont neutres. Réglez-les vous-même.`,
  cardEstimated: (words) =>
    `Les cartes n’ont pas de curseurs\u00a0: les réglages de voix, la forme d’adresse et la langue sont estimés sur ${words}\u00a0mots du dialogue de la carte. Vérifiez-les.`,
  cardRefused: (source, reason) =>
    `${source ?? "Le JSON collé"} n’a pas été importé\u00a0: ${reason} Rien n’a changé.`,
  cardProblems: {
    "too-large": "il dépasse 16\u00a0Mo.",
    "persona-too-large":
      "le fichier tient dans la limite de 16\u00a0Mo, mais le persona qui en serait fait dépasserait 1\u00a0Mo\u00a0: un persona garde la carte entière, lorebook compris, et un persona contient au plus 1\u00a0Mo.",
    "compressed-too-large":
      "le texte de la carte, compressé dans le PNG, dépasse 16\u00a0Mo une fois décompressé.",
    "too-deep":
      "la carte imbrique ses données sur plus de 48\u00a0niveaux (une vraie carte en compte une dizaine).",
    "not-a-card": "ce n’est pas une Character Card.",
    "no-card-in-png": "cette image PNG ne contient pas de carte de personnage.",
    "bad-png": "le fichier PNG est abîmé ou tronqué.",
    "bad-base64": "la carte contenue dans le PNG est corrompue (base64 invalide).",
    "bad-json": "la carte n’est pas du JSON valide.",
    lorebook: "c’est un fichier World Info (lorebook) de SillyTavern, pas une carte de personnage.",
    "no-name": "la carte n’a pas de nom.",
    "no-data": "la carte V3 n’a pas d’objet «\u00a0data\u00a0».",
    "unknown-spec": "la version du format de la carte est inconnue.",
    "is-persona": "c’est un fichier de persona\u00a0; importez-le comme tel.",
    "invalid-persona": "le persona porté par la carte est invalide.",
    unreadable: "la carte n’a pas pu être lue.",
  } satisfies Record<CardProblemCode, string>,
};

export const importOutcomeMessages = defineMessages({ en, fr });
