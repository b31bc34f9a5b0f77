/**
 * The French half of the rehearsal's thesaurus of sensitive fields (topics.ts reads it;
 * docs/rehearsal-guardrails.md lists it). `names` are the words by which an avoided topic
 * names its field ("conseil juridique" → legal); `terms` are what people write on that field.
 * Folded (no case, no accents) and matched as whole words, a final `*` matching any ending.
 * Deliberately short and specific: a term here declines a message before anything else is
 * read, so words a service uses every day ("remboursement", "ordonnance", "adresse") stay out.
 */
import type { FieldWords, SensitiveField } from "./thesaurus-en";

export const THESAURUS_FR: Readonly<Record<SensitiveField, FieldWords>> = {
  legal: {
    names: ["juridique*", "legal", "legale", "legaux", "loi", "lois", "justice", "avocat*", "contentieux", "litige*", "judiciaire*"],
    terms: [
      "avocat*", "tribunal", "tribunaux", "proces", "en justice", "justice", "porter plainte", "deposer plainte", "depot de plainte", "plainte contre",
      "article de loi", "loi", "lois", "code civil", "code penal", "code du travail", "jurisprudence", "juridique*", "litige*", "contentieux",
      "prud'hommes", "huissier", "mise en demeure", "dommages et interets", "recours juridique", "casier judiciaire", "illegal", "illegale", "legalement",
      "est-ce legal", "mes droits",
    ],
  },
  medical: {
    names: ["medical", "medicale", "medicaux", "medicales", "medecin*", "diagnostic*", "therapeuti*"],
    terms: [
      "symptome*", "diagnostic", "diagnostiquer", "posologie", "effet secondaire", "effets secondaires", "dois-je prendre", "est-ce grave", "est-ce dangereux",
      "j'ai mal", "mal a la tete", "mal au ventre", "mal au dos", "mal a la gorge", "fievre", "toux", "nausee*", "vertige*", "quel traitement",
      "quel medicament", "quels medicaments", "soigner", "guerir",
    ],
  },
  financial: {
    names: ["investissement*", "placement*", "financier", "financiere", "financiers", "fiscal", "fiscale", "fiscalite", "bourse", "boursier*", "patrimoine*"],
    terms: [
      "investir", "investissement*", "placer mon argent", "placer de l'argent", "quel placement", "meilleur placement", "bon placement", "actions en bourse",
      "bourse", "crypto*", "bitcoin", "assurance vie", "rendement*", "dois-je acheter", "dois-je vendre", "faut-il acheter", "faut-il vendre",
      "defiscalis*", "optimisation fiscale", "niche fiscale", "conseil fiscal",
    ],
  },
  politics: {
    names: ["politique*", "election*", "electora*", "vote", "voter", "elu", "elus", "parti", "partis", "militant*"],
    terms: [
      "pour qui voter", "voter pour", "votez pour", "vote pour", "parti politique", "partis politiques", "opinion politique", "opinions politiques",
      "le maire a raison", "le maire a tort", "que pensez-vous du maire", "que penses-tu du maire", "gouvernement", "president de la republique",
      "premier ministre", "ministre", "depute*", "senateur*", "extreme droite", "extreme gauche", "referendum", "campagne electorale", "election*",
    ],
  },
  religion: {
    names: ["religion*", "religieu*", "culte*", "croyance*", "spiritu*", "foi", "laicite"],
    terms: [
      "dieu", "allah", "jesus", "bible", "coran", "torah", "eglise", "mosquee", "synagogue", "priere*", "prier", "religion*", "religieu*", "islam*",
      "musulman*", "chretien*", "catholique*", "protestant*", "juif", "juive", "juifs", "judaisme", "bouddhis*", "athee*", "croyant*", "pape", "imam",
      "rabbin", "pretre", "la foi", "spiritualite", "ramadan", "careme", "laicite",
    ],
  },
  "others-data": {
    names: ["donnee*", "rgpd", "confidentialite", "vie privee", "coordonnees", "informations personnelles", "renseignements personnels"],
    terms: [
      "un autre client", "une autre cliente", "d'autres clients", "un autre usager", "d'autres usagers", "une autre personne", "de mon voisin",
      "de ma voisine", "de mes voisins", "ou habite", "qui habite", "donnees de", "informations personnelles de", "coordonnees personnelles",
    ],
  },
};
