/**
 * The card `description` of a persona made in the studio. SillyTavern sends a card's
 * description to the model as the character's definition, so it holds what the compiled
 * prompt's identity says (role, organisation, audience, purpose: nothing the model does not
 * already read there), in the persona's language; the designer's own description, written for
 * people ("not in the prompt"), goes to `creator_notes` instead. French follows the compiler's
 * rule for text a model reads: ordinary spaces before colons.
 */
import { hasText, sentence } from "../compiler/text";
import type { Language, Persona } from "../persona/schema";

const LABELS: Record<
  Language,
  { role: string; organization: string; audience: string; purpose: string }
> = {
  en: { role: "Role", organization: "Organisation", audience: "Audience", purpose: "Purpose" },
  fr: { role: "Rôle", organization: "Organisation", audience: "Public", purpose: "Mission" },
};

/** One line per identity field the persona fills, e.g. "Role: technical support agent." */
export function characterDescription(persona: Persona): string {
  const labels = LABELS[persona.language];
  const colon = persona.language === "fr" ? " :" : ":";
  const { role, organization, audience, purpose } = persona.identity;
  const lines = [`${labels.role}${colon} ${sentence(role)}`];
  if (hasText(organization)) lines.push(`${labels.organization}${colon} ${sentence(organization)}`);
  if (hasText(audience)) lines.push(`${labels.audience}${colon} ${sentence(audience)}`);
  if (hasText(purpose)) lines.push(`${labels.purpose}${colon} ${sentence(purpose)}`);
  return lines.join("\n");
}
