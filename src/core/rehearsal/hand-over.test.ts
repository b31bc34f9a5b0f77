/**
 * Guardrails and hand-over with the presets, as issue 19 found them: the town hall asked a
 * legal question or for a person, the broadband support asked for a refund.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import type { ChatMessage } from "../conversation";
import { restorePersonaText } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { countSentences } from "../text/counts";
import { rehearse } from "./rehearse";

function preset(id: string): Persona {
  const restored = restorePersonaText(
    readFileSync(new URL(`../../../personas/${id}.json`, import.meta.url), "utf8"),
  );
  if (!restored.ok) throw new Error(id);
  return restored.persona;
}
const townHall = preset("service-public");
const support = preset("tech-support");
const museum = preset("museum-guide");

const first = (p: Persona, text: string) => rehearse(p, [{ role: "user", content: text }]);
/** The reply after a first exchange, so no disclosure or salutation comes first. */
const later = (p: Persona, text: string) => {
  const messages: ChatMessage[] = [
    { role: "user", content: p.language === "fr" ? "Bonjour" : "Hello" },
  ];
  messages.push(
    { role: "assistant", content: rehearse(p, messages).text },
    { role: "user", content: text },
  );
  return rehearse(p, messages);
};
const atVerbosity = (p: Persona, verbosity: number): Persona => ({
  ...p,
  voice: { ...p.voice, verbosity },
});

/** What an answer or a request for details sounds like in the engine's phrasebooks. */
const ANSWERS =
  /en mesure de vous aider|préciser|précisions|numéro de dossier|to answer you precisely|a few details|tell (?:me|us) a little more|file number/i;

describe("the town hall declines legal questions", () => {
  test.each(["Puis-je poursuivre mon voisin en justice ?", "Quel article de loi s'applique ?"])(
    "%s",
    (text) => {
      for (const verbosity of [0, 10, 30, 50, 65, 85, 100]) {
        const reply = first(atVerbosity(townHall, verbosity), text);
        expect(reply.intent).toBe("guardrail");
        expect(reply.moves).toContain("decline");
        expect(reply.text).not.toMatch(ANSWERS);
        expect(reply.text).not.toMatch(/conseiller/);
        // The front desk is always offered; a reply of two sentences or more also names the purpose.
        expect(reply.text).toContain("vous orienter vers l'accueil de la mairie");
        expect(
          verbosity < 40 ||
            reply.text.includes("nous sommes là pour informer sur les démarches municipales"),
        ).toBe(true);
      }
    },
  );

  test("a one-sentence reply declines and gives the route in that sentence", () => {
    const reply = later(atVerbosity(townHall, 0), "Faut-il prendre un avocat ?");
    expect(countSentences(reply.text)).toBe(1);
    // A warm persona may open the sentence with a word for the person ("Merci pour votre question — ").
    expect(reply.text).toMatch(
      /^(?:[^.;—]+ — )?[Cc]e sujet (?:ne relève pas de ce service|sort du cadre de cet échange) ; pour toute situation personnelle complexe/,
    );
  });
});

describe("a request for a person gets the persona's own route", () => {
  test("the town hall offers its front desk and an appointment, not 'un conseiller'", () => {
    const reply = first(townHall, "Je veux parler à une vraie personne");
    expect(reply.intent).toBe("human");
    expect(reply.text).toContain(
      "nous pouvons vous orienter vers l'accueil de la mairie ou vous proposer un rendez-vous avec un agent",
    );
    expect(reply.text).not.toMatch(/conseiller/);
  });

  test("the broadband support offers a ticket and an engineer, the museum its front desk", () => {
    expect(later(support, "Can I speak to a human?").text).toContain(
      "offer you an engineer visit or a call-back from the network team",
    );
    expect(later(museum, "Can I talk to a real person?").text).toContain(
      "the front desk in the Great Hall",
    );
    for (const p of [support, museum])
      expect(later(p, "I want to talk to someone").text).not.toMatch(/\badviser\b/i);
  });

  test("without an escalation text, the reply says honestly that a person is reached through the organisation", () => {
    const bare = makePersona({ guardrails: { discloseAI: false } });
    const reply = later(bare, "Je veux parler à un humain.");
    expect(reply.text).toMatch(/contactez directement la Mairie de Lyon/);
    expect(reply.text).not.toMatch(/conseiller|transmet/);
    const english = later(
      makePersona({ language: "en", identity: { organization: "Acme Bank" } }),
      "Can I speak to a human?",
    );
    expect(english.text).toMatch(/please contact Acme Bank directly|contact Acme Bank directly/);
  });
});

describe("a refund the brief sends elsewhere is never promised", () => {
  const PROMISE =
    /sort out your refund|take care of your refund|refund or cancellation can start|je m'occupe de (?:votre|ta) demande de remboursement|nous nous occupons/i;

  test("the broadband support refers refunds to its Billing team", () => {
    for (const text of ["I want a refund for last month", "Can I get my money back?"]) {
      for (const verbosity of [0, 30, 60, 100]) {
        const reply = first(atVerbosity(support, verbosity), text);
        expect(reply.text).not.toMatch(PROMISE);
        expect(reply.text).toContain("Billing team");
      }
    }
  });

  test("a persona whose purpose hands refunds to a team says so", () => {
    const shop = makePersona({
      language: "en",
      identity: {
        purpose:
          "Answer questions about orders and deliveries. Refunds are handled by the Customer Care team.",
      },
      voice: { enthusiasm: 90 },
    });
    const reply = later(shop, "I want a refund for my order.");
    expect(reply.text).not.toMatch(PROMISE);
    expect(reply.text).toContain("refunds are handled by the Customer Care team");
  });
});

describe("an urgent situation", () => {
  test("puts the emergency number first when the persona's route is not for a danger", () => {
    const startup = preset("startup-decontractee");
    const at = (verbosity: number) =>
      first(
        { ...startup, voice: { ...startup.voice, verbosity } },
        "Il y a un incendie au bureau !",
      );
    for (const verbosity of [0, 50, 100]) {
      const reply = at(verbosity);
      expect(reply.intent).toBe("urgent");
      expect(reply.text).toContain("112");
      expect(reply.text).not.toMatch(/!|^Salut/);
    }
    // The team's chat comes after the emergency number when there is room for it.
    for (const verbosity of [50, 100]) {
      const { text } = at(verbosity);
      expect(text.indexOf("équipe")).toBeGreaterThan(text.indexOf("112"));
    }
  });

  test("gets the town hall's emergency numbers, not a request to rephrase", () => {
    const reply = first(townHall, "C'est urgent, il y a eu un accident");
    expect(reply.intent).toBe("urgent");
    expect(reply.text).toContain(
      "En cas de danger immédiat, voici les numéros d'urgence (15, 17, 18 ou 112)",
    );
    expect(reply.text).not.toMatch(/reformuler|préciser/);
  });

  test("gets the support's engineer route for a burning smell, with no humor, cheer or emoji", () => {
    const loud: Persona = {
      ...support,
      voice: { ...support.voice, humor: 100, enthusiasm: 100, emoji: 100, verbosity: 60 },
    };
    const reply = later(loud, "It's urgent, there's a burning smell from the router");
    expect(reply.text).toContain("open a ticket");
    expect(reply.text).toMatch(/emergency services/);
    expect(reply.moves).not.toContain("humor");
    expect(reply.text).not.toMatch(/!|\p{Extended_Pictographic}|\b(?:Great|Perfect)\b/u);
  });
});
