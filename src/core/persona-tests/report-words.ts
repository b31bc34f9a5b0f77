/**
 * The words of the persona test reports (HTML and the terminal's pretty text), in French and
 * English. The reports are files a consultant sends a client, written outside the studio, so
 * they carry their own words rather than the UI's i18n module (which core may not import).
 */
import type { TurnStatus } from "./types";

export type ReportLanguage = "fr" | "en";

export interface ReportWords {
  title: string;
  version: string;
  date: string;
  targets: string;
  /** "46 of 50 checks held" */
  checksHeld: (held: number, total: number) => string;
  /** "9 of 10 turns passed" */
  turnsPassed: (passed: number, total: number) => string;
  errors: (count: number) => string;
  status: Record<TurnStatus, string>;
  matrix: string;
  scenario: string;
  turn: string;
  turnLabel: (turn: number) => string;
  failedTurns: string;
  noFailures: string;
  user: string;
  reply: string;
  noReply: string;
  check: string;
  /** Column heads of the summary tables. */
  checksColumn: string;
  turnsColumn: string;
  expected: string;
  found: string;
  drift: string;
  driftOn: (scenario: string, target: string) => string;
  driftFrom: (dimension: string, turn: number, measured: string) => string;
  noDrift: string;
  band: string;
  targetBand: string;
  firstDrift: string;
  driftStatus: Record<"done" | "error" | "cancelled", string>;
  target: string;
  summary: string;
  result: string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const EN: ReportWords = {
  title: "Persona test report",
  version: "Version",
  date: "Run on",
  targets: "Targets",
  checksHeld: (held, total) => `${held} of ${total} ${plural(total, "check", "checks")} held`,
  turnsPassed: (passed, total) => `${passed} of ${total} ${plural(total, "turn", "turns")} passed`,
  errors: (count) => `${count} ${plural(count, "turn", "turns")} without a reply`,
  status: { passed: "pass", failed: "FAIL", error: "ERROR", cancelled: "cancelled" },
  matrix: "Results by scenario turn",
  scenario: "Scenario",
  turn: "Turn",
  turnLabel: (turn) => `turn ${turn}`,
  failedTurns: "Failed turns",
  noFailures: "Every check held.",
  user: "User",
  reply: "Reply",
  noReply: "(no reply)",
  check: "Check",
  checksColumn: "Checks",
  turnsColumn: "Turns",
  expected: "Expected",
  found: "Found",
  drift: "Drift over a long conversation",
  driftOn: (scenario, target) => `${scenario} on ${target}`,
  driftFrom: (dimension, turn, measured) =>
    `${dimension} drifts from turn ${turn} (reads ${measured})`,
  noDrift: "No dimension drifted.",
  band: "band",
  targetBand: "target band",
  firstDrift: "first drifting turn",
  driftStatus: { done: "done", error: "stopped on an error", cancelled: "cancelled" },
  target: "Target",
  summary: "Summary",
  result: "Result",
};

const FR: ReportWords = {
  title: "Rapport de tests de persona",
  version: "Version",
  date: "Exécuté le",
  targets: "Cibles",
  checksHeld: (held, total) =>
    `${held} ${plural(held, "vérification tenue", "vérifications tenues")} sur ${total}`,
  turnsPassed: (passed, total) =>
    `${passed} ${plural(passed, "tour réussi", "tours réussis")} sur ${total}`,
  errors: (count) => `${count} ${plural(count, "tour", "tours")} sans réponse`,
  status: { passed: "réussi", failed: "ÉCHEC", error: "ERREUR", cancelled: "annulé" },
  matrix: "Résultats par tour de scénario",
  scenario: "Scénario",
  turn: "Tour",
  turnLabel: (turn) => `tour ${turn}`,
  failedTurns: "Tours en échec",
  noFailures: "Toutes les vérifications ont tenu.",
  user: "Utilisateur",
  reply: "Réponse",
  noReply: "(pas de réponse)",
  check: "Vérification",
  checksColumn: "Vérifications",
  turnsColumn: "Tours",
  expected: "Attendu",
  found: "Constaté",
  drift: "Dérive sur une longue conversation",
  driftOn: (scenario, target) => `${scenario} sur ${target}`,
  driftFrom: (dimension, turn, measured) =>
    `${dimension} dérive à partir du tour ${turn} (lecture : ${measured})`,
  noDrift: "Aucune dimension n'a dérivé.",
  band: "palier",
  targetBand: "palier visé",
  firstDrift: "premier tour en dérive",
  driftStatus: { done: "terminée", error: "arrêtée sur une erreur", cancelled: "annulée" },
  target: "Cible",
  summary: "Synthèse",
  result: "Résultat",
};

export const REPORT_WORDS: Readonly<Record<ReportLanguage, ReportWords>> = { fr: FR, en: EN };
