/**
 * Example exchanges, framed as illustrations of tone: a model given verbatim
 * answers tends to recite them, so the framing says not to.
 */
import type { SectionWriter } from "../section";

/** Indents continuation lines so a multi-line turn stays inside its speaker's line. */
function turnText(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes("\n") ? trimmed.replace(/\r?\n/g, "\n  ") : trimmed;
}

export const examplesSection: SectionWriter = {
  id: "examples",
  title: { fr: "Exemples", en: "Examples" },
  write(persona) {
    if (persona.examples.length === 0) return "";
    const fr = persona.language === "fr";
    const name = persona.identity.assistantName.trim();
    let out = fr
      ? "Ces échanges illustrent le ton attendu ; ce ne sont pas des scripts à recopier mot pour mot."
      : "These exchanges illustrate the expected tone; they are not scripts to repeat word for word.";
    persona.examples.forEach((example, i) => {
      out += fr
        ? `\n\n### Exemple ${i + 1}\nUtilisateur : ${turnText(example.user)}\n${name} : ${turnText(example.assistant)}`
        : `\n\n### Example ${i + 1}\nUser: ${turnText(example.user)}\n${name}: ${turnText(example.assistant)}`;
    });
    return out;
  },
};
