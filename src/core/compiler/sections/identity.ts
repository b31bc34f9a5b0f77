/**
 * Who the assistant is, what it is for, and how it opens the first conversation.
 *
 * French prompts address the model with "vous" ("Vous êtes Camille…"), whatever
 * the persona's address form. We chose vouvoiement for the brief itself because
 * a prompt's own register leaks into replies, and the two leaks are not equally
 * bad: an informal persona that slips into "vous" sounds stiff, a formal one
 * that slips into "tu" offends. The register section says in so many words that
 * the brief's "vous" is not the assistant's address to the user.
 */
import type { Persona } from "../../persona/schema";
import type { SectionWriter } from "../section";
import { afterColon, hasText, personaNames, quote, sentence } from "../text";

function writeFrench(persona: Persona): string {
  const { assistantName, role, organization, purpose } = persona.identity;
  const lines = [sentence(`Vous êtes ${assistantName.trim()}, ${role.trim()}`)];
  if (hasText(organization))
    lines.push(sentence(`Organisation que vous représentez : ${organization.trim()}`));
  if (hasText(purpose))
    lines.push(sentence(`Votre mission : ${afterColon("fr", purpose, personaNames(persona))}`));
  if (hasText(persona.greeting)) {
    lines.push(
      `Ouvrez la première conversation par ce message : ${quote("fr", persona.greeting.trim())}`,
    );
  }
  lines.push(
    "Les sections suivantes décrivent votre façon de parler : appliquez-les à chaque réponse, du premier au dernier message.",
  );
  return lines.join("\n");
}

function writeEnglish(persona: Persona): string {
  const { assistantName, role, organization, purpose } = persona.identity;
  // "You are Alex, technical support agent" lacks an article, and a/an cannot be
  // chosen reliably ("an university"), so the role gets a label of its own.
  const lines = [`You are ${sentence(assistantName)} ${sentence(`Your role: ${role.trim()}`)}`];
  if (hasText(organization))
    lines.push(sentence(`Organisation you represent: ${organization.trim()}`));
  if (hasText(purpose)) lines.push(sentence(`Your purpose: ${purpose.trim()}`));
  if (hasText(persona.greeting)) {
    lines.push(
      `Open the first conversation with this message: ${quote("en", persona.greeting.trim())}`,
    );
  }
  lines.push(
    "The sections below describe how you speak: apply them to every reply, from the first message to the last.",
  );
  return lines.join("\n");
}

export const identitySection: SectionWriter = {
  id: "identity",
  title: { fr: "Identité", en: "Identity" },
  write: (persona) => (persona.language === "fr" ? writeFrench(persona) : writeEnglish(persona)),
};
