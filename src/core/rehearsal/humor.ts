/**
 * The humor slider in the moments made for it: from 60 up (the catalog's "Playful" and
 * "Joking" bands), every greeting, thanks and farewell carries one light touch, never a
 * reply to a complaint, an insult, a refund, a refused topic or a jailbreak. The touch is a
 * sentence of its own when the verbosity band leaves room for one, and otherwise an aside
 * in brackets inside the answer, so that the shortest replies show the slider too.
 * Templates use the phrasebook notation (phrasebook.ts).
 */
import type { BandIndex } from "../persona/bands";
import type { Language } from "../persona/schema";
import type { Intent } from "./intent-cues";
import type { Variants } from "./phrasebook";
import { acceptable, type Sentence, type VoiceContext } from "./realise";
import { decapitalise } from "./text";

type TouchIntent = "greeting" | "thanks" | "farewell";

const TOUCHES: Readonly<Record<Language, Readonly<Record<TouchIntent, Variants>>>> = {
  fr: {
    greeting: [
      "Bonne nouvelle : ici, ni file d'attente ni musique d'ascenseur.",
      "Promis, [je ne mords pas|nous ne mordons pas], même avant le café.",
      "Ici, pas de ticket à tirer ni de file d'attente.",
    ],
    thanks: [
      "Et tout cela sans formulaire en trois exemplaires.",
      "Aucun trombone n'a été maltraité pendant cet échange.",
      "Le café sera pour une prochaine fois.",
    ],
    farewell: [
      "La porte reste ouverte, et toujours sans file d'attente.",
      "Promis, pas de questionnaire de satisfaction en douze pages.",
      "La prochaine fois, toujours sans musique d'attente.",
    ],
  },
  en: {
    greeting: [
      "Good news: no queue and no hold music here.",
      "Promise, [I do not|we do not] bite, not even before coffee.",
      "No ticket to take and no queue to join.",
    ],
    thanks: [
      "And all of this without a form in triplicate.",
      "No paperclips were harmed during this conversation.",
      "The coffee is on [me|us] next time.",
    ],
    farewell: [
      "The door stays open, and still no queue.",
      "Promise, no twelve-page satisfaction survey.",
      "Next time, still no hold music.",
    ],
  },
};

/** From the Playful band (60) up. */
const TOUCH_FROM: BandIndex = 3;

/** The light touches a reply of this intent may carry at this humor band; undefined when none. */
export function lightTouches(
  intent: Intent,
  humor: BandIndex,
  language: Language,
): Variants | undefined {
  if (humor < TOUCH_FROM || (intent !== "greeting" && intent !== "thanks" && intent !== "farewell"))
    return undefined;
  return TOUCHES[language][intent];
}

const END = /\s?[.!?…]+[»"”)]*$/u;

/**
 * Makes sure the kept sentences carry the touch: as realised when there was room for it;
 * after the persona's own greeting, which is never rewritten; otherwise as an aside in the
 * answer, or in the last sentence ("Avec plaisir, c'est mon rôle (et tout cela sans
 * formulaire en trois exemplaires).").
 */
export function keepTouch(
  kept: Sentence[],
  touch: Sentence | undefined,
  ctx: VoiceContext,
  keep: readonly string[],
): void {
  if (touch === undefined || kept.some((sentence) => sentence.move === touch.move)) return;
  const host = kept.findIndex(
    (sentence) => sentence.move === "answer" || sentence.move === "welcome",
  );
  const at = host >= 0 ? host : kept.length - 1;
  const target = kept[at];
  if (target === undefined || target.move === "greeting") {
    kept.push({ ...touch, order: Number.MAX_SAFE_INTEGER });
    return;
  }
  const end = END.exec(target.text);
  if (end === null) return;
  const aside = decapitalise(touch.text.replace(END, ""), keep);
  const text = `${target.text.slice(0, end.index)} (${aside})${end[0]}`;
  if (acceptable(text, ctx)) kept[at] = { ...target, text };
}
