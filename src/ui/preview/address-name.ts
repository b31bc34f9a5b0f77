import type { MessagesOf } from "../i18n";
import type { meterMessages } from "../i18n/messages/meter";

/** French address is named by its pronoun ("tu", "vous") whatever the UI language. */
export function addressName(
  form: "formal" | "informal" | "none" | "mixed",
  personaLanguage: string,
  t: MessagesOf<typeof meterMessages>,
): string {
  if (personaLanguage === "fr" && form === "formal") return "vous";
  if (personaLanguage === "fr" && form === "informal") return "tu";
  return t[form];
}
