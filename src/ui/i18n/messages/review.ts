/** The review page's own strings; the chat basics (Send, Stop, statuses) are the preview's. */
import type { ReviewLinkProblem } from "../../../core/review/share-link";
import { defineMessages, plural } from "../define-messages";

const en = {
  pageTitle: (name: string) => `${name} — review`,
  kicker: "Persona review",
  intro:
    "Talk with this assistant as your users would, try the scenarios, and rate its replies. Nothing leaves this device until you download your feedback.",
  repliesFrom: "Replies come from:",
  offline: "the offline rehearsal",
  offlineNote:
    "Replies are written on this device, by rules, from the persona's settings: not by a language model. Connect a model to hear how one would answer.",
  runsOn: (model: string, host: string) => `${model} at ${host}`,
  connect: "Connect your own model",
  otherLanguage: "Français",
  otherLanguageName: "Lire la page en français",
  scenarios: "Scenarios to try",
  scenariosHint: "Each one replays a short conversation from its start.",
  conversation: "Conversation",
  empty: "Write a message below, or play a scenario.",
  replied: (name: string) => `${name} has replied.`,
  startOver: "Start over",
  rate: "Rate this reply",
  good: "Good",
  bad: "Not good",
  addComment: "Comment",
  comment: "Your comment on this reply (optional)",
  feedback: "Your feedback",
  noneRated: "No reply rated yet: mark replies Good or Not good, or comment on them.",
  rated: plural({ one: "# reply rated or commented.", other: "# replies rated or commented." }),
  download: "Download feedback",
  downloadNote:
    "Saves a file to send back to whoever sent you this page. It holds the persona as you saw it, your ratings and comments, and which model replied — never an API key.",
  problemTitle: "This review link cannot be opened",
  problems: {
    empty:
      "The link holds no persona. Open the whole link you received: everything after the # sign is needed.",
    "not-a-review-link":
      "This is not a Psydesign Studio review link, or it was made by a newer version of the studio.",
    corrupt:
      "The link is damaged: part of it was probably lost or changed when it was copied. Copy the whole link again.",
    "too-large":
      "The link holds far more data than a persona: it was not made by Psydesign Studio.",
    "invalid-persona": "The link opens, but the persona in it is not valid.",
  } satisfies Record<ReviewLinkProblem, string>,
  askAgain: "Ask the person who sent it for a new link, or for the review page as a file.",
  pageFailed:
    "This page could not be shown. Reload it to start the review again: ratings and comments you have not downloaded are lost.",
};

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: typeof en = {
  pageTitle: (name) => `${name} — revue`,
  kicker: "Revue de persona",
  intro:
    "Parlez avec cet assistant comme le feraient vos usagers, essayez les scénarios et évaluez ses réponses. Rien ne quitte cet appareil tant que vous ne téléchargez pas vos retours.",
  repliesFrom: "Les réponses viennent de\u00a0:",
  offline: "la répétition hors ligne",
  offlineNote:
    "Les réponses sont écrites sur cet appareil, par des règles tirées des réglages du persona : pas par un modèle de langage. Connectez un modèle pour entendre comment il répondrait.",
  runsOn: (model, host) => `${model} sur ${host}`,
  connect: "Connecter votre propre modèle",
  otherLanguage: "English",
  otherLanguageName: "Read this page in English",
  scenarios: "Scénarios à essayer",
  scenariosHint: "Chacun rejoue une courte conversation depuis le début.",
  conversation: "Conversation",
  empty: "Écrivez un message ci-dessous, ou lancez un scénario.",
  replied: (name) => `${name} a répondu.`,
  startOver: "Recommencer",
  rate: "Évaluer cette réponse",
  good: "Réussie",
  bad: "À revoir",
  addComment: "Commenter",
  comment: "Votre commentaire sur cette réponse (facultatif)",
  feedback: "Vos retours",
  noneRated:
    "Aucune réponse évaluée pour l’instant\u00a0: marquez les réponses «\u00a0Réussie\u00a0» ou «\u00a0À revoir\u00a0», ou commentez-les.",
  rated: plural({
    one: "# réponse évaluée ou commentée.",
    many: "# de réponses évaluées ou commentées.",
    other: "# réponses évaluées ou commentées.",
  }),
  download: "Télécharger les retours",
  downloadNote:
    "Enregistre un fichier à renvoyer à la personne qui vous a envoyé cette page. Il contient le persona tel que vous l’avez vu, vos évaluations et commentaires, et le modèle qui a répondu — jamais de clé d’API.",
  problemTitle: "Ce lien de revue ne peut pas être ouvert",
  problems: {
    empty:
      "Le lien ne contient aucun persona. Ouvrez le lien reçu en entier\u00a0: tout ce qui suit le signe # est nécessaire.",
    "not-a-review-link":
      "Ce n’est pas un lien de revue de Psydesign Studio, ou il vient d’une version plus récente du studio.",
    corrupt:
      "Le lien est abîmé\u00a0: une partie a sans doute été perdue ou modifiée lors du copier-coller. Copiez de nouveau le lien en entier.",
    "too-large":
      "Le lien contient bien plus de données qu’un persona\u00a0: il ne vient pas de Psydesign Studio.",
    "invalid-persona": "Le lien s’ouvre, mais le persona qu’il contient n’est pas valide.",
  },
  askAgain:
    "Demandez un nouveau lien à la personne qui vous l’a envoyé, ou la page de revue sous forme de fichier.",
  pageFailed:
    "Cette page n’a pas pu s’afficher. Rechargez-la pour recommencer la revue\u00a0: les évaluations et commentaires que vous n’avez pas téléchargés sont perdus.",
};

export const reviewMessages = defineMessages({ en, fr });
