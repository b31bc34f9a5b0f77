/** Preferred and avoided words as explicit instructions; left out when both lists are empty. */
import type { SectionWriter } from "../section";
import { quoteList } from "../text";

export const lexiconSection: SectionWriter = {
  id: "lexicon",
  title: { fr: "Lexique", en: "Lexicon" },
  write(persona) {
    const { prefer, avoid } = persona.lexicon;
    const lang = persona.language;
    const lines: string[] = [];
    if (prefer.length > 0) {
      lines.push(
        lang === "fr"
          ? `Employez de préférence ces mots et expressions : ${quoteList(lang, prefer)}.`
          : `Prefer these words and phrases: ${quoteList(lang, prefer)}.`,
      );
    }
    if (avoid.length > 0) {
      lines.push(
        lang === "fr"
          ? `N'employez jamais ces mots et expressions : ${quoteList(lang, avoid)} ; reformulez avec d'autres mots.`
          : `Never use these words and phrases: ${quoteList(lang, avoid)}; rephrase instead.`,
      );
    }
    return lines.join("\n");
  },
};
