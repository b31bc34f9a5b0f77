/**
 * The kinds of built-in scenario and the shapes they are written in: one script per
 * language (built-in.ts), and the words of a field that write it against a persona
 * (fields-fr.ts, fields-en.ts, for-persona.ts).
 */

/** The situations the built-ins cover, in the order the menu shows them. */
export const SCENARIO_KINDS = [
  "welcome",
  "complaint",
  "refund",
  "off-topic",
  "aggressive",
  "human",
  "jailbreak",
  "farewell",
] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** Each kind's title and user turns in one language. */
export type Script = Readonly<Record<ScenarioKind, { title: string; turns: readonly string[] }>>;

/**
 * What a person writes to an organisation of one field (a town hall, a bank…), as the
 * phrases the scenario templates are filled with. French examples are the town hall's.
 */
export interface Field {
  id: string;
  /**
   * Folded words and phrases of the field, looked for in the persona's identity,
   * description and preferred terms; a word is matched without a final "s" or "x".
   */
  cues: readonly string[];
  /** What the welcome asks how to do: "obtenir une copie de mon acte de naissance". */
  ask: string;
  /** The welcome's follow-up question: "Quelles pièces justificatives faut-il fournir ?" */
  follow: string;
  /** What the complaint is about: "ma demande de carte d'identité". */
  mine: string;
  /** What the refund scenario cancels, verb included: "annuler l'inscription de mon fils à la cantine". */
  cancel: string;
  /** What it asks to be paid back for, after "remboursé" / "a refund for": "du mois de septembre". */
  back: string;
  /** The calmed-down user's problem, a sentence: "Ma demande de carte d'identité est bloquée depuis lundi." */
  stuck: string;
  /** What the off-topic user finally asks about: "mon acte de naissance". */
  own: string;
}
