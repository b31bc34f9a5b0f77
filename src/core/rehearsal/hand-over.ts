/**
 * Replies that decline or hand over: a message on an avoided topic, a request for a person,
 * "are you a bot?", an urgent situation, and a request the persona's brief sends elsewhere
 * ("Refer billing questions to the Billing team"). Each gets the persona's own escalation
 * route (escalation-route.ts), in its address and voice, never a generic "advisor"; without
 * an escalation text, the reply says honestly that a person can be reached through the
 * organisation. This file decides which case a message is and which part of the escalation
 * text answers it; hand-over-book.ts puts it into the reply.
 */
import type { Persona } from "../persona/schema";
import { hasEmoji } from "../text/checks";
import { fold } from "../text/fold";
import {
  escalationClauses,
  mentionsUser,
  sayAction,
  type EscalationClause,
} from "./escalation-route";
import { asksWhatItIs } from "./hand-over-cues";
import { HAND_OVER_PHRASES } from "./hand-over-phrases";
import type { Intent } from "./intent-cues";
import { avoidedTopic, domainWords, touchedTopic } from "./intents";
import { fieldsOf, topicTokens } from "./topics";

/** "elsewhere": money the brief sends to another team; "condition": a part of the escalation text whose condition the message meets. */
export type HandOverKind = "topic" | "person" | "identity" | "urgent" | "elsewhere" | "condition";

export interface HandOver {
  kind: HandOverKind;
  /** For "identity": whether the person asked if the assistant is a machine, a person, or either. */
  asked?: "machine" | "person" | "either";
  /** The route as the reply says it, in the template notation; undefined when the persona has none. */
  route?: string;
  /** For "urgent": the route is the persona's own word for a danger (else the emergency number leads). */
  forDanger?: boolean;
}

/** Words that make a clause the one for an emergency, a person, or money. */
const URGENCY = [
  "urgen*",
  "danger*",
  "secours",
  "immediat*",
  "112",
  "15",
  "17",
  "18",
  "999",
  "911",
  "emergenc*",
  "hazard*",
  "safety",
  "securite",
  "first",
  "ambulance",
  "samu",
  "pompier*",
  "fire",
];
const PEOPLE = [
  "agent*",
  "conseill*",
  "humain*",
  "personne*",
  "accueil",
  "equipe*",
  "rappel*",
  "rendez",
  "staff",
  "person*",
  "human*",
  "team*",
  "desk*",
  "call",
  "adviser*",
  "advisor*",
  "office*",
  "guichet*",
  "humain",
];
const MONEY = [
  "rembours*",
  "annul*",
  "resili*",
  "factur*",
  "paiement*",
  "abonnement*",
  "prelevement*",
  "billing",
  "bill",
  "bills",
  "refund*",
  "payment*",
  "cancel*",
  "subscription*",
  "invoice*",
  "money",
  "charge*",
];
/** Words by which a brief sends something elsewhere: "refunds are handled by the team", "orienter vers". */
const SENDS =
  /\b(?:refer|hand(?:ed|s)? (?:\w+ )?over|handled by|dealt with by|passed to|sent to|forward|transfer|redirect|escalat|goes? to|orient|transm|renvo|redirig|adress|rel[eè]ve|trait[ée]e?s? par|g[ée]r[ée]e?s? par)/iu;

function score(tokens: readonly string[], words: readonly string[]): number {
  return words.filter((word) =>
    word.endsWith("*")
      ? tokens.some((t) => t.startsWith(word.slice(0, -1)))
      : tokens.includes(word),
  ).length;
}

const clauseTokens = (clause: EscalationClause) =>
  topicTokens(`${clause.condition} ${clause.action}`);

/** The clause that scores highest, and whether it scored at all (else the first, its condition dropped). */
function pick(
  clauses: readonly EscalationClause[],
  rate: (clause: EscalationClause) => number,
): { clause: EscalationClause; relevant: boolean } | undefined {
  let best: { clause: EscalationClause; relevant: boolean } | undefined;
  let top = 0;
  for (const clause of clauses) {
    const points = rate(clause);
    if (points > top) [best, top] = [{ clause, relevant: true }, points];
  }
  const first = clauses[0];
  return best ?? (first === undefined ? undefined : { clause: first, relevant: false });
}

/** Designer text that the template notation or the reply's checks could misread. */
const UNSAFE = /[{}[\]$!?\n\r]/u;

function lowerFirst(text: string, persona: Persona): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? "";
  const names = `${persona.identity.organization ?? ""} ${persona.identity.assistantName}`;
  if (!/^\p{Lu}\p{Ll}/u.test(text) || names.includes(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The route of a clause as the reply says it: the instruction in the person's address
 * ("nous pouvons vous orienter…") or, for a statement, the clause as written after a lead-in.
 * With `condition`, a condition that does not speak of "the customer" is kept in front.
 */
function routeOf(
  picked: { clause: EscalationClause; relevant: boolean } | undefined,
  persona: Persona,
  options: { condition: boolean; lead: boolean },
): string | undefined {
  if (picked === undefined) return undefined;
  const { clause } = picked;
  const language = persona.language;
  if (
    UNSAFE.test(clause.condition) ||
    UNSAFE.test(clause.action) ||
    clause.action.length > 400 ||
    hasEmoji(`${clause.condition} ${clause.action}`)
  )
    return undefined;
  const action = sayAction(clause, language);
  const said =
    action ??
    `${options.lead ? HAND_OVER_PHRASES[language].statementLead : ""}${lowerFirst(clause.action, persona)}`;
  const keep =
    options.condition &&
    picked.relevant &&
    clause.condition !== "" &&
    !mentionsUser(clause.condition, language) &&
    clause.condition.length <= 200;
  return keep ? `${lowerFirst(clause.condition, persona)}, ${said}` : said;
}

/**
 * A clause of the purpose or description that sends refunds elsewhere ("refunds are handled
 * by the Billing team"). Money and the sending in the same clause: "expliquer les
 * remboursements, …, et orienter vers un conseiller" explains refunds itself.
 */
function refundsSentElsewhere(persona: Persona): EscalationClause | undefined {
  const clauses = [persona.identity.purpose, persona.description].flatMap((text) =>
    (text ?? "").split(/\s*[,;.\n]\s+|\s+(?:et|and)\s+(?=\p{L}+(?:er|ir|re)\b)/u),
  );
  const found = clauses.find(
    (clause) => score(topicTokens(clause), MONEY) > 0 && SENDS.test(fold(clause)),
  );
  return found === undefined
    ? undefined
    : { condition: "", action: found.trim().replace(/[.;]+$/u, "") };
}

/** The intents whose replies may hand over; every other reply is planned as usual. */
const HANDING: ReadonlySet<Intent> = new Set([
  "urgent",
  "guardrail",
  "human",
  "refund",
  "information",
  "complaint",
  "fallback",
]);

/** Per persona (objects are replaced, never changed): every message of a conversation asks again. */
const CLAUSES = new WeakMap<Persona, readonly EscalationClause[]>();
function clausesOf(persona: Persona): readonly EscalationClause[] {
  let clauses = CLAUSES.get(persona);
  if (clauses === undefined)
    CLAUSES.set(
      persona,
      (clauses = escalationClauses(persona.guardrails.escalation ?? "", persona.language)),
    );
  return clauses;
}

/** Where the brief sends a request about money: the escalation text's part about it, or a sentence of the purpose. */
function moneyElsewhere(
  clauses: readonly EscalationClause[],
  persona: Persona,
): HandOver | undefined {
  const picked = pick(clauses, (clause) => score(clauseTokens(clause), MONEY));
  const sentence = refundsSentElsewhere(persona);
  const clause = picked?.relevant
    ? picked
    : sentence === undefined
      ? undefined
      : { clause: sentence, relevant: true };
  const route =
    clause === undefined ? undefined : routeOf(clause, persona, { condition: false, lead: false });
  return route === undefined ? undefined : { kind: "elsewhere", route };
}

/**
 * Whether a reply to `text` (of intent `intent`) hands over or declines, and with which route.
 * Undefined for every other message.
 */
export function handOverFor(text: string, persona: Persona, intent: Intent): HandOver | undefined {
  if (!HANDING.has(intent)) return undefined;
  const clauses = clausesOf(persona);
  const message = topicTokens(text);
  const near = (clause: EscalationClause) =>
    score(
      clauseTokens(clause),
      message.filter((word) => word.length >= 5),
    );
  switch (intent) {
    case "urgent": {
      const picked = pick(
        clauses,
        (clause) => 3 * score(clauseTokens(clause), URGENCY) + near(clause),
      );
      const forDanger = picked !== undefined && score(clauseTokens(picked.clause), URGENCY) > 0;
      return {
        kind: "urgent",
        route: routeOf(picked, persona, { condition: true, lead: true }),
        forDanger,
      };
    }
    case "guardrail": {
      const topic = avoidedTopic(text, persona) ?? "";
      const marks = [...topicTokens(topic).filter((word) => word.length >= 4), ...fieldsOf(topic)];
      const picked = pick(
        clauses,
        (clause) => 2 * score(clauseTokens(clause), marks) + near(clause),
      );
      return { kind: "topic", route: routeOf(picked, persona, { condition: true, lead: true }) };
    }
    case "human": {
      const route = routeOf(
        pick(clauses, (clause) => score(clauseTokens(clause), PEOPLE)),
        persona,
        { condition: false, lead: true },
      );
      const asked = asksWhatItIs(fold(text));
      return asked === undefined ? { kind: "person", route } : { kind: "identity", asked, route };
    }
    case "refund":
      return moneyElsewhere(clauses, persona);
    case "information":
    case "complaint":
    case "fallback": {
      // A clause whose condition the message meets, read like an avoided topic (intents.ts).
      const conditions = clauses.filter((clause) => clause.condition !== "");
      const asTopics: Persona = {
        ...persona,
        guardrails: {
          ...persona.guardrails,
          avoidTopics: conditions.map((clause) => clause.condition),
        },
      };
      const met =
        conditions.length === 0 ? undefined : touchedTopic(text, asTopics, domainWords(persona));
      const clause = conditions.find((c) => c.condition === met);
      const route =
        clause === undefined
          ? undefined
          : routeOf({ clause, relevant: true }, persona, { condition: true, lead: false });
      if (route !== undefined) return { kind: "condition", route };
      // A persona whose own field is refunds reads "my refund" as a question (intents.ts): the brief still decides.
      return score(message, MONEY) > 0 ? moneyElsewhere(clauses, persona) : undefined;
    }
    default:
      return undefined;
  }
}
