/**
 * Conflict warnings: combinations a persona allows but that read badly or
 * contradict themselves. Each warning has a stable code (the UI and tests key on
 * it), a message in the persona's language, and the JSON paths of the controls
 * to adjust. Warnings come out in LINT_CODES order, then in persona order.
 *
 * The word checks on the greeting and examples stay here, instant, although the style
 * meter reads example replies more fully (example-drift.ts, outside compile() because the
 * meter is heavy): mergeWarnings (example-warnings.ts) drops the meter's repeats of them.
 */
import { bandIndex } from "../persona/bands";
import type { Address, Persona } from "../persona/schema";
import type { CompileWarning } from "./types";
import { foldedTerm, spokenText, type SpokenText } from "./text-facts";

/** Every warning code, in the order warnings are listed. */
export const LINT_CODES = [
  "emoji-with-formal-register",
  "informal-address-with-formal-register",
  "formal-address-with-intimate-register",
  "humor-with-institutional-voice",
  "word-preferred-and-avoided",
  "greeting-contradicts-address",
  "example-contradicts-address",
  "avoided-word-in-greeting",
  "avoided-word-in-example",
  "emoji-in-greeting",
  "emoji-in-example",
] as const;
export type LintCode = (typeof LINT_CODES)[number];

const RANK = new Map<string, number>(LINT_CODES.map((code, i) => [code, i]));

type Say = (fr: string, en: string) => string;

const ADDRESS_NAME: Record<Address, string> = {
  formal: "le vouvoiement",
  informal: "le tutoiement",
};

/** Where the assistant speaks in the persona: the greeting, then each example's reply. */
interface Utterance {
  path: string;
  spoken: SpokenText;
  /** 1-based example number; 0 for the greeting. */
  example: number;
}

function utterances(persona: Persona): Utterance[] {
  const out: Utterance[] = [];
  const greeting = persona.greeting;
  if (greeting !== undefined && greeting.trim() !== "") {
    out.push({ path: "greeting", spoken: spokenText(greeting), example: 0 });
  }
  persona.examples.forEach((example, i) => {
    out.push({
      path: `examples[${i}].assistant`,
      spoken: spokenText(example.assistant),
      example: i + 1,
    });
  });
  return out;
}

function voiceWarnings(persona: Persona, say: Say, out: CompileWarning[]): void {
  const { register, emoji, humor, institutional } = persona.voice;
  if (bandIndex(register) >= 3 && bandIndex(emoji) >= 3) {
    out.push({
      code: "emoji-with-formal-register",
      message: say(
        "Un registre soutenu ou figé s'accorde mal avec des émojis fréquents : baissez les émojis ou le registre.",
        "A formal or frozen register clashes with frequent emoji: lower the emoji or the register.",
      ),
      paths: ["voice.register", "voice.emoji"],
    });
  }
  if (persona.address === "informal" && bandIndex(register) >= 3) {
    out.push({
      code: "informal-address-with-formal-register",
      message: say(
        "Le tutoiement détonne avec un registre soutenu ou figé : passez au vouvoiement ou baissez le registre.",
        "Informal address clashes with a formal or frozen register: switch to formal address or lower the register.",
      ),
      paths: ["address", "voice.register"],
    });
  }
  // Casual speech with "vous" is common in service ("Pas de souci, je regarde ça"); intimate is not.
  if (persona.address === "formal" && bandIndex(register) === 0) {
    out.push({
      code: "formal-address-with-intimate-register",
      message: say(
        "Le vouvoiement détonne avec un registre intime : passez au tutoiement ou montez le registre.",
        "Formal address clashes with an intimate register: switch to informal address or raise the register.",
      ),
      paths: ["address", "voice.register"],
    });
  }
  if (bandIndex(humor) >= 3 && bandIndex(institutional) === 4) {
    out.push({
      code: "humor-with-institutional-voice",
      message: say(
        "Un humour marqué détonne dans une voix entièrement institutionnelle : baissez l'humour ou la voix institutionnelle.",
        "Strong humour sits oddly with a fully institutional voice: lower the humour or the institutional voice.",
      ),
      paths: ["voice.humor", "voice.institutional"],
    });
  }
}

function lexiconWarnings(
  persona: Persona,
  say: Say,
  spoken: Utterance[],
  out: CompileWarning[],
): void {
  const { prefer, avoid } = persona.lexicon;
  if (avoid.length === 0) return;
  const avoided = avoid.map(foldedTerm);
  prefer.forEach((term, i) => {
    const folded = foldedTerm(term);
    avoided.forEach((avoidedTerm, j) => {
      if (folded !== avoidedTerm) return;
      out.push({
        code: "word-preferred-and-avoided",
        message: say(
          `« ${term.trim()} » figure à la fois dans les mots à employer et dans les mots à éviter.`,
          `"${term.trim()}" is both a preferred and an avoided word.`,
        ),
        paths: [`lexicon.prefer[${i}]`, `lexicon.avoid[${j}]`],
      });
    });
  });
  for (const utterance of spoken) {
    avoided.forEach((avoidedTerm, j) => {
      if (!utterance.spoken.mentions(avoidedTerm)) return;
      const word = (avoid[j] as string).trim();
      out.push(
        utterance.example === 0
          ? {
              code: "avoided-word-in-greeting",
              message: say(
                `Le message d'accueil emploie « ${word} », un mot à éviter.`,
                `The greeting uses "${word}", an avoided word.`,
              ),
              paths: [`lexicon.avoid[${j}]`, utterance.path],
            }
          : {
              code: "avoided-word-in-example",
              message: say(
                `La réponse de l'exemple ${utterance.example} emploie « ${word} », un mot à éviter.`,
                `The reply in example ${utterance.example} uses "${word}", an avoided word.`,
              ),
              paths: [`lexicon.avoid[${j}]`, utterance.path],
            },
      );
    });
  }
}

/**
 * French only: a pronoun list catches most slips. English address lives in
 * names and titles ("Mr Martin" versus "Sam"), which a word check cannot judge
 * without knowing the user's name, so English greetings and examples are not
 * checked for address.
 */
function addressWarnings(persona: Persona, spoken: Utterance[], out: CompileWarning[]): void {
  if (persona.language !== "fr") return;
  const expected = ADDRESS_NAME[persona.address];
  for (const utterance of spoken) {
    const slip = utterance.spoken.addressSlip(persona.address);
    if (slip === undefined) continue;
    out.push(
      utterance.example === 0
        ? {
            code: "greeting-contradicts-address",
            message: `Le message d'accueil emploie « ${slip} » alors que l'adresse choisie est ${expected}.`,
            paths: ["greeting", "address"],
          }
        : {
            code: "example-contradicts-address",
            message: `La réponse de l'exemple ${utterance.example} emploie « ${slip} » alors que l'adresse choisie est ${expected}.`,
            paths: [utterance.path, "address"],
          },
    );
  }
}

function emojiWarnings(
  persona: Persona,
  say: Say,
  spoken: Utterance[],
  out: CompileWarning[],
): void {
  if (bandIndex(persona.voice.emoji) !== 0) return;
  for (const utterance of spoken) {
    if (!utterance.spoken.hasEmoji) continue;
    out.push(
      utterance.example === 0
        ? {
            code: "emoji-in-greeting",
            message: say(
              "Le message d'accueil contient un émoji alors que les émojis sont désactivés.",
              "The greeting contains an emoji although emoji are turned off.",
            ),
            paths: ["voice.emoji", utterance.path],
          }
        : {
            code: "emoji-in-example",
            message: say(
              `La réponse de l'exemple ${utterance.example} contient un émoji alors que les émojis sont désactivés.`,
              `The reply in example ${utterance.example} contains an emoji although emoji are turned off.`,
            ),
            paths: ["voice.emoji", utterance.path],
          },
    );
  }
}

/** All conflict warnings for a persona, in a stable order. */
export function lint(persona: Persona): CompileWarning[] {
  const fr = persona.language === "fr";
  const say: Say = (french, english) => (fr ? french : english);
  const spoken = utterances(persona);
  const out: CompileWarning[] = [];
  voiceWarnings(persona, say, out);
  lexiconWarnings(persona, say, spoken, out);
  addressWarnings(persona, spoken, out);
  emojiWarnings(persona, say, spoken, out);
  // Sorting is stable, so persona order survives within a code.
  return out.toSorted((a, b) => (RANK.get(a.code) ?? 0) - (RANK.get(b.code) ?? 0));
}
