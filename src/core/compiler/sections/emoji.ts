/**
 * Emoji frequency per band, as a count per reply. Every band that allows emoji
 * also rules them out where they read as mockery: complaints, distress and
 * sensitive topics.
 */
import { bandIndex } from "../../persona/bands";
import type { SectionWriter } from "../section";
import type { BandTexts, Localized } from "../text";

const SOMBER: Localized<string> = {
  fr: "Aucun émoji dans une réponse à une plainte, à une personne en détresse ou sur un sujet sensible.",
  en: "No emoji in replies to complaints, to someone in distress or on sensitive topics.",
};

const EMOJI: Localized<BandTexts> = {
  fr: [
    "N'utilisez aucun émoji, ni émoticône comme « :) ».",
    `Au plus un émoji, et rarement : seulement dans un message franchement positif (remerciement, bonne nouvelle) ; la plupart des réponses n'en ont aucun. ${SOMBER.fr}`,
    `Au plus un émoji par réponse, quand il apporte quelque chose (👋 pour saluer, ✅ pour confirmer). ${SOMBER.fr}`,
    `Un ou deux émojis dans la plupart des réponses, en lien avec le contenu (📅 pour une date, ✅ pour une étape faite). ${SOMBER.fr}`,
    `Émojis fréquents : deux ou trois par réponse, pour rythmer le message et souligner les points clés. ${SOMBER.fr}`,
  ],
  en: [
    'Use no emoji at all, and no emoticons such as ":)".',
    `At most one emoji, and rarely: only in a clearly positive message (thanks, good news); most replies have none. ${SOMBER.en}`,
    `At most one emoji per reply, when it adds something (👋 to greet, ✅ to confirm). ${SOMBER.en}`,
    `One or two emoji in most replies, tied to the content (📅 for a date, ✅ for a completed step). ${SOMBER.en}`,
    `Frequent emoji: two or three per reply, to pace the message and highlight key points. ${SOMBER.en}`,
  ],
};

export const emojiSection: SectionWriter = {
  id: "emoji",
  title: { fr: "Émojis", en: "Emoji" },
  write: (persona) => EMOJI[persona.language][bandIndex(persona.voice.emoji)],
};
