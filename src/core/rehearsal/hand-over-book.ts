/**
 * How a reply that declines or hands over (hand-over.ts) is written: the phrasebook's lists
 * for its intent are swapped for those of hand-over-phrases.ts, so plan.ts plans it as any
 * other reply (acknowledgement, empathy, next step and details by the sliders) and never
 * promises what the persona does not ("I'll sort out your refund", "an adviser will call
 * you back"). The persona's route, purpose and organisation fill $route, $purpose and
 * $organisation, already in its address and voice.
 */
import type { BandIndex } from "../persona/bands";
import type { Language, Persona } from "../persona/schema";
import type { HandOver } from "./hand-over";
import { HAND_OVER_PHRASES } from "./hand-over-phrases";
import type { Phrasebook, Variants } from "./phrasebook";
import { inlineValue, type Slot } from "./realise";
import { contracts } from "./register";
import { expand } from "./text";

const BOOKS = new WeakMap<Phrasebook, Map<string, Phrasebook>>();

function overlay(base: Phrasebook, handOver: HandOver, language: Language): Phrasebook {
  const p = HAND_OVER_PHRASES[language];
  switch (handOver.kind) {
    case "topic":
      // No "your request is processed in order of arrival": a declined topic is not processed.
      return { ...base, procedure: [], reference: [] };
    case "person":
      return {
        ...base,
        core: { ...base.core, human: p.toPerson },
        nextStep: { ...base.nextStep, human: p.personNext },
        details: { ...base.details, human: p.personDetails },
      };
    case "identity": {
      const answer =
        handOver.asked === "machine"
          ? p.machineYes
          : handOver.asked === "person"
            ? p.personNo
            : p.either;
      return {
        ...base,
        procedure: [],
        reference: [],
        core: { ...base.core, human: answer },
        acknowledge: { ...base.acknowledge, human: p.identityAcknowledge },
        empathy: { ...base.empathy, human: p.identityEmpathy },
        nextStep: { ...base.nextStep, human: p.toPerson },
        details: { ...base.details, human: p.personDetails },
      };
    }
    case "urgent":
      // Someone in danger hears the emergency number first unless the persona's own route is
      // for a danger: "write to the team via the chat" is no answer to a fire.
      return {
        ...base,
        core: {
          ...base.core,
          urgent: handOver.forDanger === true ? ["$route."] : base.core.urgent,
        },
        acknowledge: { ...base.acknowledge, urgent: p.urgentAcknowledge },
        empathy: { ...base.empathy, urgent: p.urgentEmpathy },
        nextStep: {
          ...base.nextStep,
          urgent: handOver.forDanger === true ? base.core.urgent : ["$route."],
        },
        details: { ...base.details, urgent: p.urgentDetails },
      };
    case "elsewhere":
    case "condition": {
      const intents = ["refund", "information", "complaint", "fallback"] as const;
      const swap = (lists: Partial<Record<string, Variants>>, variants: Variants) => ({
        ...lists,
        ...Object.fromEntries(intents.map((intent) => [intent, variants])),
      });
      return {
        ...base,
        // The escalation text's own condition says why ("Pour toute réclamation, …"); money needs saying.
        core: swap(
          base.core,
          handOver.kind === "elsewhere" ? p.elsewhere : p.route,
        ) as Phrasebook["core"],
        nextStep: swap(base.nextStep, p.elsewhereNext),
        details: swap(base.details, p.elsewhereDetails),
        procedure: [],
        reference: [],
      };
    }
  }
}

/** The phrasebook for a reply that hands over: made once per phrasebook and case (register.ts caches by book). */
export function handOverBook(base: Phrasebook, handOver: HandOver, language: Language): Phrasebook {
  let books = BOOKS.get(base);
  if (books === undefined) BOOKS.set(base, (books = new Map()));
  const key = `${handOver.kind}:${handOver.asked ?? ""}:${handOver.forDanger === true}`;
  let book = books.get(key);
  if (book === undefined) books.set(key, (book = overlay(base, handOver, language)));
  return book;
}

/**
 * The planned moves, finished for a hand-over: the sentence that carries the route is the
 * "hand-over" move (never cheered as an answer), with an honest fallback when the route
 * cannot be said in the persona's voice; an avoided topic is declined with the persona's
 * purpose and its route in a sentence of its own (in the same sentence when the verbosity
 * band allows only one), and no procedure.
 */
export function handOverSlots(
  slots: readonly Slot[],
  handOver: HandOver,
  base: Phrasebook,
  language: Language,
  room: { purpose: boolean; oneSentence: boolean },
): Slot[] {
  const p = HAND_OVER_PHRASES[language];
  const honest = [...p.noRoute, ...p.noRouteNoOrg];
  const out: Slot[] = [];
  for (const slot of slots) {
    if (handOver.kind === "topic") {
      if (slot.move === "procedure") continue;
      if (slot.move !== "decline") {
        out.push(slot);
        continue;
      }
      const decline = room.purpose ? p.declinePurpose : p.decline;
      // One sentence: the route goes in it, which matters more than the purpose.
      if (handOver.route !== undefined && room.oneSentence)
        out.push({ ...slot, variants: p.declineRoute, fallback: [...decline, ...p.decline] });
      else {
        out.push({ ...slot, variants: decline, fallback: p.decline });
        if (handOver.route !== undefined)
          out.push({
            move: "hand-over",
            variants: p.route,
            priority: slot.priority + 0.2,
            exclaim: false,
          });
      }
    } else if (slot.move === "answer") {
      const fallback =
        handOver.kind === "person"
          ? honest
          : handOver.kind === "urgent"
            ? base.core.urgent
            : undefined;
      out.push({
        ...slot,
        move: handOver.kind === "identity" ? "disclosure" : "hand-over",
        ...(fallback === undefined ? {} : { fallback }),
      });
    } else if (
      slot.move === "next-step" &&
      handOver.kind === "urgent" &&
      handOver.forDanger !== true
    ) {
      // After the emergency number, the persona's own route stays, whatever the length.
      out.push({ ...slot, priority: 0.1, exclaim: false });
    } else if (slot.move === "next-step" && handOver.kind === "identity") {
      out.push({ ...slot, move: "hand-over", fallback: honest });
    } else out.push(slot);
  }
  return out;
}

/** "la Mairie de Bellerive": French organisation names that start with a common noun take its article. */
const FEMININE = new Set(
  "mairie banque mutuelle ville caisse agence société association bibliothèque médiathèque préfecture région communauté direction fondation clinique chambre fédération université maison compagnie poste école".split(
    " ",
  ),
);
const MASCULINE = new Set(
  "musée office service centre département conseil ministère cabinet groupe syndicat lycée collège théâtre".split(
    " ",
  ),
);

function organisation(persona: Persona): string | undefined {
  const org = inlineValue(persona.identity.organization, { language: persona.language, persona });
  if (org === undefined || /[{}[\]$]/u.test(org)) return undefined;
  if (persona.language === "en") return org;
  const first = (/^\p{L}+/u.exec(org)?.[0] ?? "").toLowerCase();
  if (
    /^[aeiouhéèêàâîôû]/u.test(first) &&
    (FEMININE.has(first) || MASCULINE.has(first) || first === "hôpital" || first === "institut")
  )
    return `l'${org}`;
  if (FEMININE.has(first)) return `la ${org}`;
  if (MASCULINE.has(first)) return `le ${org}`;
  return org;
}

/** Instruction-like first words of a purpose ("Répondre aux questions…", "Diagnose common faults…"). */
const PURPOSE_VERBS_EN = new Set(
  "answer help give open make suggest explain guide direct point support book handle provide resolve diagnose troubleshoot keep offer inform advise refer collect check track manage find show tell reassure accompany welcome assist process register send take walk teach recommend arrange fix deal listen review update confirm".split(
    " ",
  ),
);

function verbLike(word: string, language: Language): boolean {
  const lower = word.toLowerCase();
  return language === "fr" ? /^\p{L}+(?:er|ir|re|oir)$/u.test(lower) : PURPOSE_VERBS_EN.has(lower);
}

/**
 * The persona's purpose said briefly: its first instruction, up to the next one, a colon or a
 * bracket ("Informer sur les démarches municipales (état civil…), indiquer…" → "informer sur
 * les démarches municipales"). Undefined when it does not open with a verb.
 */
export function briefPurpose(persona: Persona): string | undefined {
  const language = persona.language;
  let text =
    persona.identity.purpose
      ?.trim()
      .split(/\s*[(:;.\n]/u)[0]
      ?.trim() ?? "";
  const first = /^\p{L}+/u.exec(text)?.[0] ?? "";
  if (text === "" || !verbLike(first, language) || /[{}[\]$!?]/u.test(text)) return undefined;
  for (const match of text.matchAll(/,\s+(?:(?:et|and)\s+)?(\p{L}+)/gu)) {
    if (verbLike(match[1] as string, language)) {
      text = text.slice(0, match.index);
      break;
    }
  }
  if (text.length > 120) text = text.slice(0, text.lastIndexOf(", ", 120));
  if (text.length < 3 || text.length > 120) return undefined;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** $route, $purpose and $organisation for a hand-over, in the persona's address and voice. */
export function handOverValues(
  handOver: HandOver | undefined,
  persona: Persona,
  bands: { register: BandIndex; institutional: BandIndex },
): Record<string, string | undefined> {
  if (handOver === undefined) return {};
  const informal = persona.address === "informal";
  // The route is one voice for the whole clause: "we" from the Mixed band up.
  const choices = {
    informal: persona.language === "fr" ? informal : contracts(bands.register, informal),
    institutional: bands.institutional >= 2,
  };
  return {
    route: handOver.route === undefined ? undefined : expand(handOver.route, choices),
    purpose: handOver.kind === "topic" ? briefPurpose(persona) : undefined,
    organisation: organisation(persona),
  };
}
