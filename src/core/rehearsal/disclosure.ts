/**
 * AI disclosure in the offline rehearsal. With `guardrails.discloseAI` on, the first reply of
 * a conversation says in one short clause that the assistant is an AI, unless the persona's
 * greeting already said so where the person could read it: opening this reply, or as an
 * earlier assistant message (the review page and the CLI show the greeting first). "Are you
 * a bot?" is answered plainly whatever the setting (hand-over.ts): the compiled prompt
 * forbids passing for a person either way.
 */
import type { Language, Persona } from "../persona/schema";
import type { ChatMessage } from "../conversation";
import { containsTerm, fold } from "../text/fold";
import type { Variants } from "./phrasebook";
import { decapitalise } from "./text";
import type { Sentence, Slot } from "./realise";

/** Words by which a text says it comes from an AI (folded), besides "IA" and "AI" in capitals. */
const SAYS_AI = [
  "intelligence artificielle",
  "artificial intelligence",
  "assistant virtuel",
  "assistante virtuelle",
  "conseiller virtuel",
  "conseillere virtuelle",
  "agent virtuel",
  "virtual assistant",
  "virtual agent",
  "virtual adviser",
  "virtual advisor",
  "chatbot",
  "bot",
  "robot",
  "assistant automatique",
  "automated assistant",
  "programme informatique",
  "computer program",
];

/** Whether a text says the assistant is an AI: "l'assistante virtuelle", "an AI assistant", "IA". */
export function disclosesAI(text: string): boolean {
  if (/(?<![\p{L}\p{N}])(?:IA|AI|A\.I\.)(?![\p{L}\p{N}])/u.test(text)) return true;
  const folded = fold(text);
  return SAYS_AI.some((term) => containsTerm(folded, term));
}

/** One short clause, in the address form's notation; the fallback avoids the words "IA"/"AI" a persona may ban. */
const DISCLOSURE: Readonly<Record<Language, { variants: Variants; fallback: Variants }>> = {
  fr: {
    variants: [
      "{Vous échangez|Tu échanges} avec une IA, pas avec une personne.",
      "Ces réponses viennent d'une intelligence artificielle.",
    ],
    fallback: ["Ces réponses sont écrites par un programme informatique, pas par une personne."],
  },
  en: {
    variants: [
      "{You are|You're} talking to an AI, not a person.",
      "These replies come from an artificial intelligence.",
    ],
    fallback: ["These replies are written by a computer program, not by a person."],
  },
};

/** At the intimate and casual registers the same news, said in passing. */
const CASUAL_DISCLOSURE: Readonly<Record<Language, Variants>> = {
  fr: [
    "Au fait, c'est une IA qui {vous|te} répond, pas une vraie personne.",
    "Juste pour info, c'est une IA qui {vous|te} répond, pas un humain.",
  ],
  en: [
    "By the way, {you are|you're} chatting with an AI, not a real person.",
    "Quick heads-up: it's an AI answering, not a real person.",
  ],
};

/**
 * The disclosure as a move of the reply, read first. Its priority comes after the answer and
 * the word for the person, so a short band keeps those and the disclosure joins them instead.
 */
export function disclosureSlot(language: Language, register: number): Slot {
  const { variants, fallback } = DISCLOSURE[language];
  return {
    move: "disclosure",
    variants: register <= 1 ? CASUAL_DISCLOSURE[language] : variants,
    fallback: register <= 1 ? [...variants, ...fallback] : fallback,
    priority: 0.55,
    // Said plainly: "…pas avec une personne !" sounds like a boast.
    exclaim: false,
  };
}

/**
 * Whether this reply must say it is an AI: the persona asks for it, no assistant message has
 * answered yet (the persona's own greeting aside), and none that the person saw said it. The
 * caller still checks the persona's greeting when it opens this very reply.
 */
export function mustDisclose(persona: Persona, earlier: readonly ChatMessage[]): boolean {
  if (!persona.guardrails.discloseAI) return false;
  const greeting = persona.greeting?.trim();
  const said = earlier
    .filter((message) => message.role === "assistant")
    .map((message) => message.content);
  if (said.some((text) => text.trim() !== greeting)) return false;
  return !said.some(disclosesAI);
}

/**
 * The kept sentences with the disclosure: as planned when the verbosity band kept it, else
 * joined to the first sentence after the persona's greeting ("Vous échangez avec une IA ;
 * votre demande…"), so a one-sentence band stays one sentence. `joinedAt` is that sentence's
 * index, where the reply's moves list the disclosure.
 */
export function withDisclosure(
  kept: Sentence[],
  realised: readonly Sentence[],
  language: Language,
  keep: readonly string[],
): { kept: Sentence[]; joinedAt?: number } {
  const disclosure = realised.find((sentence) => sentence.move === "disclosure");
  if (disclosure === undefined || kept.includes(disclosure)) return { kept };
  const at = kept[0]?.move === "greeting" ? 1 : 0;
  const next = kept[at];
  if (next === undefined) return { kept: [...kept, disclosure] };
  const clause = disclosure.text.replace(/\s*[.!]$/u, "");
  const out = [...kept];
  out[at] = {
    ...next,
    text: `${clause}${language === "fr" ? " ; " : "; "}${decapitalise(next.text, keep)}`,
  };
  return { kept: out, joinedAt: at };
}
