/**
 * The English half of the rehearsal's thesaurus of sensitive fields, and its shape (see
 * thesaurus-fr.ts for how it is read). Words that also name everyday things stay out or come
 * in a phrase: "law" alone is in "mother-in-law", "court" in "food court", "hell" in "what the
 * hell".
 */

/** The usual sensitive fields an avoided topic may name. */
export type SensitiveField = "legal" | "medical" | "financial" | "politics" | "religion" | "others-data";

export interface FieldWords {
  /** Words of an avoided topic's text that name the field ("legal advice" → legal). */
  names: readonly string[];
  /** Words and phrases of a message on the field. */
  terms: readonly string[];
}

export const THESAURUS_EN: Readonly<Record<SensitiveField, FieldWords>> = {
  legal: {
    names: ["legal", "law", "laws", "lawyer*", "attorney*", "litigation", "lawsuit*", "solicitor*"],
    terms: [
      "lawyer*", "attorney*", "solicitor*", "barrister*", "sue", "suing", "sued", "lawsuit*", "legal action", "legal advice", "legal", "legally", "illegal*",
      "the law", "a law", "by law", "against the law", "which law", "in court", "to court", "court case", "court order", "tribunal", "litigation",
      "liable", "liability", "my rights", "my legal rights", "statute", "small claims", "press charges",
    ],
  },
  medical: {
    names: ["medical", "medicine", "medication", "diagnos*", "clinical", "health advice", "therapeutic"],
    terms: [
      "symptom*", "diagnose", "diagnosis", "dosage", "side effect*", "what medication", "which medication", "what medicine", "which medicine",
      "should i take", "is it serious", "it hurts", "headache", "stomach ache", "sore throat", "fever", "rash", "cough", "dizzy", "nausea*",
      "chest pain", "how to treat", "cure", "allergic reaction",
    ],
  },
  financial: {
    names: ["investment*", "invest*", "financial", "finance", "tax", "taxes", "stock*", "trading", "portfolio*", "pension*"],
    terms: [
      "invest", "investing", "investment*", "stocks", "shares", "stock market", "crypto*", "bitcoin", "portfolio*", "which fund", "index fund*",
      "should i buy", "should i sell", "tax advice", "tax avoidance", "reduce my tax*", "financial advice", "good investment", "returns on",
    ],
  },
  politics: {
    names: ["politic*", "election*", "electoral", "voting", "vote", "partisan", "politician*"],
    terms: [
      "who to vote for", "who should i vote", "vote for", "voting for", "political party", "political parties", "political opinion*",
      "political view*", "the government", "prime minister", "the president", "democrat*", "republican*", "labour party", "tory", "tories",
      "conservative party", "left-wing", "right-wing", "election*", "the mayor is right", "politician*", "referendum",
    ],
  },
  religion: {
    names: ["religion*", "religious", "faith*", "spiritual*", "belief*", "worship"],
    terms: [
      "god", "allah", "jesus", "christ", "bible", "quran", "koran", "torah", "church", "mosque", "synagogue", "pray*", "religion*", "religious",
      "islam*", "muslim*", "christian*", "catholic*", "protestant*", "jewish", "judaism", "buddhis*", "hindu*", "atheis*", "believer*", "pope",
      "imam", "rabbi", "priest", "faith", "heaven", "ramadan",
    ],
  },
  "others-data": {
    names: ["data", "personal details", "personal information", "privacy", "gdpr", "confidential*", "other customers"],
    terms: [
      "another customer", "other customers", "another user", "other users", "another person", "someone else's", "somebody else's", "my neighbour's",
      "my neighbor's", "who lives", "where he lives", "where she lives", "his address", "her address", "his phone number", "her phone number",
      "their address", "personal details of", "data of",
    ],
  },
};
