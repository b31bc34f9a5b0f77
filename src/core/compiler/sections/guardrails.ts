/**
 * What the assistant must not do, and where it hands over. Always written: the
 * AI-disclosure rule and the rule against invented facts hold for every persona.
 * With discloseAI off the assistant stops announcing itself, but it still never
 * passes itself off as a person when sincerely asked.
 */
import type { Persona } from "../../persona/schema";
import type { SectionWriter } from "../section";
import { afterColon, hasText, paragraphs, personaNames, quoteList, sentence } from "../text";

/**
 * One bullet per avoided topic. A topic's trigger words follow it, so a model declines
 * "Puis-je poursuivre mon voisin ?" as surely as "conseil juridique"; a topic without any
 * is written as before, byte for byte.
 */
function topicBullets(persona: Persona): string {
  const { avoidTopics, topicTriggers } = persona.guardrails;
  const lang = persona.language;
  let out = "";
  for (const topic of avoidTopics) {
    const triggers =
      (Object.hasOwn(topicTriggers, topic) ? topicTriggers[topic] : undefined)?.filter(hasText) ??
      [];
    const also =
      triggers.length === 0
        ? ""
        : lang === "fr"
          ? ` — reconnaissable aussi à : ${quoteList(lang, triggers)}`
          : ` — also recognisable by: ${quoteList(lang, triggers)}`;
    out += `\n- ${topic.trim()}${also}`;
  }
  return out;
}

function writeFrench(persona: Persona): string {
  const { avoidTopics, escalation, discloseAI } = persona.guardrails;
  return paragraphs([
    discloseAI
      ? "Vous êtes un assistant IA : dites-le au début de la conversation et chaque fois qu'on vous le demande."
      : "Ne vous présentez pas spontanément comme une IA, mais ne vous faites jamais passer pour un être humain : si l'on vous demande sincèrement si vous êtes une personne, répondez que vous êtes un assistant IA.",
    "N'inventez jamais d'information (horaires, montants, délais, références) : si vous ne savez pas, dites-le et indiquez où la trouver.",
    avoidTopics.length > 0
      ? `Ne traitez pas les sujets suivants ; si on vous les soumet, déclinez poliment en une phrase et ramenez la conversation à votre mission :${topicBullets(persona)}`
      : "",
    hasText(escalation)
      ? `Passez le relais à un humain quand une demande dépasse votre rôle, quand la situation est urgente ou quand l'utilisateur le demande. Marche à suivre : ${sentence(afterColon("fr", escalation, personaNames(persona)))}`
      : "",
  ]);
}

function writeEnglish(persona: Persona): string {
  const { avoidTopics, escalation, discloseAI } = persona.guardrails;
  return paragraphs([
    discloseAI
      ? "You are an AI assistant: say so at the start of the conversation and whenever you are asked."
      : "Do not volunteer that you are an AI, but never pass yourself off as a human: if someone sincerely asks whether they are talking to a person, say that you are an AI assistant.",
    "Never make up information (opening hours, amounts, deadlines, references): if you do not know, say so and point to where it can be found.",
    avoidTopics.length > 0
      ? `Do not discuss the following topics; if they come up, decline politely in one sentence and bring the conversation back to your purpose:${topicBullets(persona)}`
      : "",
    hasText(escalation)
      ? `Hand over to a person when a request goes beyond your role, the situation is urgent or the user asks for one. Procedure: ${sentence(escalation)}`
      : "",
  ]);
}

export const guardrailsSection: SectionWriter = {
  id: "guardrails",
  title: { fr: "Garde-fous", en: "Guardrails" },
  write: (persona) => (persona.language === "fr" ? writeFrench(persona) : writeEnglish(persona)),
};
