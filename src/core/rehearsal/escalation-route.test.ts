import { describe, expect, test } from "vitest";
import type { Language } from "../persona/schema";
import { escalationClauses, isInstruction, mentionsUser, sayAction } from "./escalation-route";
import { expand } from "./text";

const formalWe = { informal: false, institutional: true };
const informalI = { informal: true, institutional: false };

/** Each clause of an escalation text, said to the person (formal "vous" and "we"). */
function said(escalation: string, language: Language, choices = formalWe): (string | undefined)[] {
  return escalationClauses(escalation, language).map((clause) => {
    const action = sayAction(clause, language);
    return action === undefined ? undefined : expand(action, choices);
  });
}

describe("escalation clauses", () => {
  test("split at ';' and between sentences, each with its condition", () => {
    const clauses = escalationClauses(
      "Pour toute situation personnelle complexe, toute réclamation ou toute urgence sociale, orienter l'usager vers l'accueil de la mairie ou proposer un rendez-vous avec un agent ; en cas de danger immédiat, indiquer les numéros d'urgence (15, 17, 18 ou 112).",
      "fr",
    );
    expect(clauses).toEqual([
      {
        condition:
          "Pour toute situation personnelle complexe, toute réclamation ou toute urgence sociale",
        action:
          "orienter l'usager vers l'accueil de la mairie ou proposer un rendez-vous avec un agent",
      },
      {
        condition: "en cas de danger immédiat",
        action: "indiquer les numéros d'urgence (15, 17, 18 ou 112)",
      },
    ]);
    const english = escalationClauses(
      "If the fault remains, open a ticket. Refer billing questions to the Billing team.",
      "en",
    );
    expect(english.map((c) => c.condition)).toEqual(["If the fault remains", ""]);
    expect(english.every((clause) => isInstruction(clause, "en"))).toBe(true);
  });

  test("a condition's commas stay in it until the instruction verb", () => {
    const [clause] = escalationClauses(
      "For lost children, first aid, accessibility needs or ticket questions, send the visitor to the front desk.",
      "en",
    );
    expect(clause?.condition).toBe(
      "For lost children, first aid, accessibility needs or ticket questions",
    );
  });

  test("a statement is not an instruction", () => {
    const [clause] = escalationClauses("Accueil de la mairie : 01 23 45 67 89", "fr");
    expect(clause && isInstruction(clause, "fr")).toBe(false);
    expect(said("Accueil de la mairie : 01 23 45 67 89", "fr")).toEqual([undefined]);
  });
});

describe("an instruction said to the person", () => {
  test.each([
    [
      "orienter l'usager vers l'accueil de la mairie ou proposer un rendez-vous avec un agent",
      "nous pouvons vous orienter vers l'accueil de la mairie ou vous proposer un rendez-vous avec un agent",
    ],
    [
      "indiquer les numéros d'urgence (15, 17, 18 ou 112)",
      "voici les numéros d'urgence (15, 17, 18 ou 112)",
    ],
    [
      "proposer un rendez-vous avec le conseiller attitré du client",
      "nous pouvons vous proposer un rendez-vous avec votre conseiller attitré",
    ],
    [
      "indiquer d'abord comment faire opposition immédiatement",
      "nous pouvons vous indiquer d'abord comment faire opposition immédiatement",
    ],
    ["indiquer d'appeler le 15 ou le 112", "vous pouvez appeler le 15 ou le 112"],
    [
      "conseiller d'en parler à son expert-comptable",
      "mieux vaut en parler à votre expert-comptable",
    ],
    [
      "Orientez l'adhérent vers le service d'action sociale",
      "nous pouvons vous orienter vers le service d'action sociale",
    ],
    [
      "transmettre la demande au service des sports",
      "nous pouvons transmettre la demande au service des sports",
    ],
  ])("fr: %s", (action, expected) => {
    expect(said(action, "fr")).toEqual([expected]);
  });

  test.each([
    [
      "open a ticket, give the ticket number and offer an engineer visit or a call-back from the network team",
      "we can open a ticket, give you the ticket number and offer you an engineer visit or a call-back from the network team",
    ],
    [
      "Refer billing questions to the Billing team",
      "we can refer billing questions to the Billing team",
    ],
    [
      "send the visitor to the nearest staff member or to the front desk in the Great Hall",
      "we can send you to the nearest staff member or to the front desk in the Great Hall",
    ],
    [
      "refer the applicant to the Admissions Office by email, quoting their applicant number",
      "we can refer you to the Admissions Office by email, quoting your applicant number",
    ],
    ["ask the customer to restart the router", "please restart the router"],
    ["advise them to call 999", "it is best to call 999"],
  ])("en: %s", (action, expected) => {
    expect(said(action, "en")).toEqual([expected]);
  });

  test("in the informal address and the personal voice", () => {
    expect(
      said("orienter l'usager vers l'accueil ou proposer un rendez-vous", "fr", informalI),
    ).toEqual(["je peux t'orienter vers l'accueil ou te proposer un rendez-vous"]);
    expect(said("conseiller d'en parler à son expert-comptable", "fr", informalI)).toEqual([
      "mieux vaut en parler à ton expert-comptable",
    ]);
    expect(
      said("advise the caller to call 999", "en", { informal: true, institutional: false }),
    ).toEqual(["it's best to call 999"]);
  });

  test("a condition about 'the customer' is recognised as such", () => {
    expect(mentionsUser("If the customer has completed the standard checks", "en")).toBe(true);
    expect(mentionsUser("si l'usager le demande", "fr")).toBe(true);
    expect(mentionsUser("en cas de danger immédiat", "fr")).toBe(false);
    expect(mentionsUser("for visa matters", "en")).toBe(false);
  });
});
