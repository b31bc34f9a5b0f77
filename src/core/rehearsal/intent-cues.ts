/**
 * The intent detector's cue words, French and English (intents.ts reads them). Folded: no
 * case, no accents. `phrases` match as whole words, `stems` as word beginnings, so
 * "rembours" catches every form, and `endings` only as the last words of a message.
 * The Intent type lives here, beside the tables keyed by it, so intents.ts reads this
 * file and not the other way round.
 */

/** What a user's message asks for; the tables below hold the words of those that have cue words. */
export type Intent =
  | "greeting"
  | "thanks"
  | "information"
  | "complaint"
  | "refund"
  | "human"
  | "off-topic"
  | "abuse"
  | "jailbreak"
  | "farewell"
  | "guardrail"
  | "urgent"
  | "assent"
  | "fallback";

export interface Cues {
  phrases: readonly string[];
  stems: readonly string[];
  /** Phrases that say it only to end a message: "Merci, à plus" takes leave, "à plus de 50 euros" does not. */
  endings?: readonly string[];
}
export type CueTable = Readonly<Partial<Record<Intent, Cues>>>;

export const FR: CueTable = {
  jailbreak: {
    phrases: ["mode developpeur", "fais comme si tu etais", "faites comme si vous etiez", "joue le role", "jouez le role", "a partir de maintenant tu es", "desormais tu es", "prompt systeme", "sans restriction", "sans aucune restriction", "sans filtre", "revele tes instructions", "revelez vos instructions", "affiche tes instructions", "affichez vos instructions", "montre-moi ton prompt", "montrez-moi votre prompt"],
    stems: ["jailbreak"],
  },
  abuse: {
    phrases: ["ta gueule", "ferme-la", "fermez-la", "va te faire", "allez vous faire", "espece de", "bande de", "etes nuls", "etes nulles", "des nuls", "es nul", "es nulle", "t'es nul", "t'es nulle"],
    stems: ["connard", "connasse", "abruti", "debile", "cretin", "imbecile", "idiot", "cretin", "merde", "putain", "salope", "encul", "incompetent", "bouffon", "stupide", "voleur", "escroc", "charlatan"],
  },
  human: {
    phrases: ["un humain", "une vraie personne", "une personne reelle", "parler a quelqu'un", "un vrai", "une vraie", "un conseiller", "une conseillere", "un agent", "un operateur", "un responsable", "quelqu'un de reel", "au telephone", "vrai conseiller"],
    stems: [],
  },
  refund: {
    phrases: ["me faire rembourser", "mon argent", "mes sous"],
    stems: ["rembours", "resili", "annul", "desabonn", "desinscri"],
  },
  complaint: {
    phrases: ["toujours pas", "toujours rien", "marche pas", "fonctionne pas", "ca ne va pas", "pas normal", "ras-le-bol", "en retard", "pas content", "pas contente", "c'est nul", "n'importe quoi", "personne ne repond", "personne ne me repond", "une solution rapidement", "une solution au plus vite", "je veux une solution", "il me faut une solution",
      // A problem told as a fact is a complaint too: "le site ne marche plus", "je n'ai pas reçu ma carte".
      "marche plus", "fonctionne plus", "marche jamais", "fonctionne jamais", "service est nul", "site est nul", "appli est nulle", "application est nulle", "rien ne marche", "rien ne fonctionne", "n'arrive pas", "n'arrive plus", "impossible de", "pas recu", "jamais recu", "ca plante", "a plante", "plante tout le temps", "a ete avalee", "a ete vole", "a ete volee", "on m'a vole", "j'ai perdu", "preleve deux fois", "debite deux fois", "facture deux fois", "plus eleve que", "plus elevee que", "n'a rien change", "ca n'a pas marche", "deja essaye", "deja fait", "que j'attends", "j'attends toujours", "en colere", "c'est une blague", "c'est une plaisanterie"],
    stems: ["bloque", "coupure", "inadmissible", "inacceptable", "scandal", "honte", "decu", "mecontent", "plainte", "reclam", "probleme", "souci", "panne", "bug", "bogue", "retard", "furieu", "enerve", "agace", "lamentable", "marre", "erreur", "arnaqu", "expire", "rejet", "refuse", "stress", "angoiss"],
  },
  farewell: {
    phrases: ["au revoir", "bonne journee", "bonne soiree", "bonne fin de journee", "a bientot", "a plus tard", "a la prochaine", "bonne continuation", "c'est tout pour moi", "c'est tout ce qu'il me fallait", "ce sera tout", "bon courage", "je reviendrai", "je repasserai"],
    stems: ["adieu", "ciao", "tchao"],
    endings: ["a plus", "a toute"],
  },
  thanks: { phrases: ["merci", "je vous remercie", "je te remercie", "c'est gentil", "parfait merci"], stems: ["remerci"] },
  "off-topic": {
    phrases: ["quel temps", "une blague", "un poeme", "une chanson", "une recette", "ton avis sur", "ton film", "quel film", "la capitale"],
    stems: ["meteo", "recette", "football", "foot", "blague", "poeme", "horoscope", "chanson", "cinema", "astrolog", "devinette", "pizza"],
  },
  information: {
    phrases: ["comment", "combien", "quand", "pourquoi", "quel", "quelle", "quels", "quelles", "est-ce que", "je voudrais", "je souhaite", "j'aimerais", "je cherche", "j'ai besoin", "pouvez-vous", "peux-tu", "une question", "savoir", "ou se trouve", "ou trouver", "je ne trouve pas", "je ne retrouve pas", "j'ai oublie", "besoin", "je ne comprends pas", "je comprends pas", "pas compris", "je ne sais pas", "je sais pas", "je suis perdu", "je suis perdue", "je veux", "changer de",
      // A preference said in the negative asks for something too ("je ne veux pas la version payante").
      "je ne veux pas", "je ne voudrais pas", "pas besoin", "n'ai pas besoin"],
    stems: ["renseign", "information", "horaire", "delai", "tarif", "prix", "aide", "expliqu"],
  },
  greeting: { phrases: ["bonjour", "bonsoir", "salut", "coucou", "rebonjour", "hello", "bien le bonjour"], stems: [] },
  assent: { phrases: ["ok", "okay", "oui", "ouais", "d'accord", "entendu", "tres bien", "ca marche", "ca roule", "compris", "c'est note", "note", "je vois", "parfait", "nickel", "non", "pas de probleme"], stems: [] },
};

export const EN: CueTable = {
  jailbreak: {
    phrases: ["developer mode", "pretend you are", "pretend to be", "act as", "you are now", "from now on you are", "roleplay as", "system prompt", "without restrictions", "no restrictions", "no rules", "reveal your instructions", "show me your instructions", "show me your prompt", "previous instructions"],
    stems: ["jailbreak"],
  },
  abuse: {
    phrases: ["shut up", "screw you", "piece of", "you people"],
    stems: ["idiot", "stupid", "moron", "dumb", "useless", "fuck", "shit", "bastard", "bitch", "incompetent", "pathetic", "crap", "thieves", "crook", "swindler", "hopeless"],
  },
  human: {
    phrases: ["a human", "a person", "real person", "someone real", "an agent", "a representative", "an operator", "a manager", "customer service", "on the phone", "speak to someone", "talk to someone", "speak with someone", "talk with someone", "an advisor", "an adviser"],
    stems: [],
  },
  refund: { phrases: ["money back", "charge back"], stems: ["refund", "reimburs", "cancel", "unsubscrib", "chargeback"] },
  complaint: {
    phrases: ["not working", "too late", "is late", "arrived late", "doesn't work", "does not work", "still haven't", "still no", "still nothing", "not happy", "fed up", "nobody answers", "no one answers", "nobody replies", "no answer", "sorted quickly", "fixed quickly", "i want this sorted", "i want this fixed", "i want a solution",
      // A problem told as a fact: "my internet is down", "I never received my parcel".
      "is down", "went down", "is stuck", "been stuck", "got stuck", "is blocked", "been blocked", "keeps dropping", "keeps crashing", "keeps freezing", "keeps disconnecting", "stopped working", "stops working", "won't work", "won't connect", "won't load", "won't let me", "can't connect", "cannot connect", "can't log in", "cannot log in", "can't access", "cannot access", "unable to", "no signal", "no internet", "no connection", "nothing works", "never received", "never arrived", "hasn't arrived", "has not arrived", "haven't received", "have not received", "didn't receive", "did not receive", "charged twice", "double charged", "higher than usual", "lost my", "was stolen", "charged me twice", "didn't help", "did not help", "already tried", "already did", "rip-off", "rip off", "been waiting", "still waiting", "is a joke", "this is a joke"],
    stems: ["crash", "outage", "fault", "fail", "overcharg", "complain", "disappoint", "unacceptable", "outrage", "ridiculous", "terrible", "awful", "broken", "problem", "issue", "delay", "angry", "frustrat", "annoy", "wrong", "error", "bug", "scam", "ripoff", "expired", "rejected", "refused", "denied", "stressed"],
  },
  farewell: { phrases: ["good bye", "see you", "have a nice day", "have a good day", "take care", "that's all", "talk soon", "good luck", "come back later", "i'll be back", "have a great day", "have a great evening", "have a good evening", "have a nice evening"], stems: ["goodbye", "bye"], endings: ["see ya", "later"] },
  thanks: { phrases: ["thank you", "thanks", "thx", "much appreciated", "cheers"], stems: [] },
  "off-topic": {
    phrases: ["the weather", "a joke", "a poem", "a song", "a recipe", "capital of", "favourite movie", "favorite movie"],
    stems: ["weather", "recipe", "football", "soccer", "joke", "poem", "horoscope", "song", "movie", "riddle", "pizza"],
  },
  information: {
    phrases: ["how", "what", "when", "where", "why", "which", "can i", "could you", "can you", "i would like", "i'd like", "i want", "i need", "a question", "is it possible", "can't find", "cannot find", "i forgot", "i don't understand", "i do not understand", "don't get it", "i don't know", "i'm not sure", "i'm lost", "i am lost", "don't want", "do not want", "don't need", "do not need"],
    stems: ["inform", "help", "explain", "price", "opening hour", "deadline"],
  },
  greeting: { phrases: ["hello", "hi", "hey", "good morning", "good afternoon", "good evening", "hiya", "bonjour"], stems: [] },
  assent: { phrases: ["ok", "okay", "yes", "yeah", "yep", "sure", "alright", "all right", "got it", "understood", "i see", "fine", "perfect", "noted", "no", "nope", "no problem", "sounds good", "will do"], stems: [] },
};

