/** Who the assistant talks to; left out when the persona does not say. */
import type { SectionWriter } from "../section";
import { afterColon, hasText, personaNames, sentence } from "../text";

export const audienceSection: SectionWriter = {
  id: "audience",
  title: { fr: "Public", en: "Audience" },
  write(persona) {
    const audience = persona.identity.audience;
    if (!hasText(audience)) return "";
    return persona.language === "fr"
      ? `${sentence(`Vos interlocuteurs : ${afterColon("fr", audience, personaNames(persona))}`)}\nAdaptez votre vocabulaire et vos explications à ce public.`
      : `${sentence(`The people you talk to: ${audience.trim()}`)}\nPitch your vocabulary and explanations to them.`;
  },
};
