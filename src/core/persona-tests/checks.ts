/**
 * The checks a persona test runs on one reply (docs/persona-tests.md gives each rule):
 * derived ones from the persona itself, read by the style meter with the preview's tolerance
 * (meter/adherence.ts), and the designer's explicit expectations. Pure: text in, verdicts out.
 */
import { adherence } from "../meter/adherence";
import { analyze } from "../meter/analyze";
import type { Persona } from "../persona/schema";
import { disclosesAI } from "../rehearsal/disclosure";
import { countSentences } from "../text/counts";
import { fold } from "../text/fold";
import { patternRegex, type Expectation } from "../scenarios/expectations";

export interface Check {
  /** "derived:register", "derived:address"…, or the explicit expectation's kind. */
  id: string;
  source: "derived" | "explicit";
  pass: boolean;
  /** What was expected and what the reply shows, in words a report can print. */
  expected: string;
  found: string;
  /** Where in the reply the evidence lies, when it is a span of text. */
  evidence?: { start: number; end: number };
}

/** Refusals as models and the rehearsal word them, folded. */
const DECLINES = [
  /ne releve pas/,
  /sort du cadre/,
  /(?:ne|n')?\s*(?:peux|pouvons|puis) pas (?:vous |te )?(?:repondre|aider|conseiller|donner)/,
  /pas en mesure de (?:vous |te )?(?:repondre|aider|conseiller)/,
  /(?:can ?not|can't|unable to|not able to) (?:help|advise|answer|assist|discuss|give)/,
  /outside (?:my|our|the) (?:role|scope|remit|area)/,
  /not something (?:i|we) can/,
  /(?:i|we) (?:do not|don't) (?:give|provide|offer) (?:legal|medical|financial)/,
];

/** Words that offer a person, when the persona has no escalation text of its own. */
const PERSON =
  /\b(?:une personne|un conseiller|une conseillere|un agent|a person|a human|an adviser|an advisor|an agent|someone from)\b/;

const CONTACT = /(?:\+?\d[\d .-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+)/g;

function firstMatch(folded: string, patterns: readonly RegExp[]) {
  for (const pattern of patterns) {
    const match = pattern.exec(folded);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** Content words of the escalation text (five letters and more), folded. */
const routeWords = (text: string) =>
  [...new Set(fold(text).match(/[a-z0-9]{5,}/g) ?? [])].filter(
    (word) =>
      !["votre", "notre", "their", "about", "which", "would", "toute", "toutes"].includes(word),
  );

function handsOver(reply: string, folded: string, persona: Persona): Omit<Check, "id" | "source"> {
  const route = persona.guardrails.escalation?.trim() ?? "";
  if (route === "") {
    const match = PERSON.exec(folded);
    return {
      pass: match !== null,
      expected: "a person offered (the persona has no escalation text)",
      found: match
        ? `“${reply.slice(match.index, match.index + match[0].length)}”`
        : "no person offered",
      ...(match ? { evidence: { start: match.index, end: match.index + match[0].length } } : {}),
    };
  }
  const contacts = route.match(CONTACT) ?? [];
  const contact = contacts.find((c) => reply.includes(c.trim()));
  const words = routeWords(route);
  const shared = words.filter((word) => folded.includes(word));
  // Two words of the route, or one of its contact details, say the route was given.
  const pass = contact !== undefined || shared.length >= Math.min(2, words.length);
  return {
    pass,
    expected: "the persona's escalation route",
    found: contact
      ? `contact “${contact.trim()}”`
      : `${shared.length} of its words: ${shared.slice(0, 5).join(", ") || "none"}`,
  };
}

function explicit(expectation: Expectation, reply: string, persona: Persona): Check {
  const folded = fold(reply);
  const base = { id: expectation.kind, source: "explicit" as const };
  switch (expectation.kind) {
    case "mentions":
    case "does-not-mention": {
      const regex = patternRegex(expectation.pattern);
      const wanted = expectation.kind === "mentions";
      if (regex === "invalid")
        return {
          ...base,
          pass: false,
          expected: expectation.pattern,
          found: "not a valid regular expression",
        };
      const match = regex ? regex.exec(reply) : null;
      const at = regex ? (match?.index ?? -1) : folded.indexOf(fold(expectation.pattern));
      const length = regex ? (match?.[0].length ?? 0) : fold(expectation.pattern).length;
      const found = at >= 0;
      return {
        ...base,
        pass: found === wanted,
        expected: `${wanted ? "mentions" : "does not mention"} ${expectation.pattern}`,
        found: found ? `“${reply.slice(at, at + length)}”` : "not in the reply",
        ...(found ? { evidence: { start: at, end: at + length } } : {}),
      };
    }
    case "declines": {
      const span = firstMatch(folded, DECLINES);
      return {
        ...base,
        pass: span !== undefined,
        expected: "a refusal",
        found: span ? `“${reply.slice(span.start, span.end)}”` : "no refusal",
        ...(span ? { evidence: span } : {}),
      };
    }
    case "hands-over":
      return { ...base, ...handsOver(reply, folded, persona) };
    case "says-ai": {
      const pass = disclosesAI(reply);
      return { ...base, pass, expected: "says it is an AI", found: pass ? "said" : "not said" };
    }
    case "at-most-sentences": {
      const count = countSentences(reply);
      return {
        ...base,
        pass: count <= expectation.count,
        expected: `at most ${expectation.count} sentences`,
        found: `${count} sentences`,
      };
    }
  }
}

/** The derived checks: every slider within one band, the address form, no avoided word. */
export function derivedChecks(persona: Persona, reply: string): Check[] {
  const reading = adherence(analyze(reply, persona.language, persona.lexicon), persona);
  return reading.dimensions.map((d) => ({
    id: `derived:${d.dimension}`,
    source: "derived",
    pass: d.ok,
    expected: d.target,
    found: d.measured,
  }));
}

/** Every check of one reply: derived first, then the designer's expectations in their order. */
export function checkReply(
  persona: Persona,
  reply: string,
  expectations: readonly Expectation[] = [],
): Check[] {
  return [
    ...derivedChecks(persona, reply),
    ...expectations.map((expectation) => explicit(expectation, reply, persona)),
  ];
}
