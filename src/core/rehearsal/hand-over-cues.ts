/**
 * Messages the intent detector (intents.ts) must never take for an ordinary request: an
 * urgent situation, which gets the persona's escalation route before anything else, the
 * question "are you a bot?", which gets a plain answer, and a request to be called back,
 * which is a request for a person. Folded cue words in both languages, matched as whole
 * words, like intent-cues.ts.
 */
import { containsTerm } from "../text/fold";

const URGENT_FR = [
  "urgent",
  "urgente",
  "urgence",
  "urgences",
  "en urgence",
  "en danger",
  "danger",
  "au secours",
  "vite, aidez-moi",
  "aidez-moi vite",
  "aide-moi vite",
  "blesse",
  "blessee",
  "blesses",
  "saigne",
  "malaise",
  "inconscient",
  "inconsciente",
  "ne respire plus",
  "incendie",
  "au feu",
  "pris feu",
  "prend feu",
  "fuite de gaz",
  "odeur de gaz",
  "odeur de brule",
  "ca brule",
  "de la fumee",
  "court-circuit",
  "electrocute",
  "agression",
  "agresse",
  "agressee",
  "me menace",
  "menace de mort",
  "me frappe",
  "violences",
  "me suicider",
  "suicide",
  "en finir avec la vie",
  "me tuer",
  "vient d'avoir un accident",
  "viens d'avoir un accident",
  "il y a un accident",
  "il y a eu un accident",
  "accident grave",
];
const URGENT_EN = [
  "urgent",
  "urgently",
  "emergency",
  "in danger",
  "danger",
  "help me now",
  "injured",
  "bleeding",
  "unconscious",
  "collapsed",
  "can't breathe",
  "cannot breathe",
  "heart attack",
  "on fire",
  "caught fire",
  "a fire",
  "smoke",
  "burning smell",
  "smell of burning",
  "smells like burning",
  "sparks",
  "sparking",
  "electric shock",
  "gas leak",
  "smell gas",
  "threatened",
  "threatening me",
  "assaulted",
  "attacked",
  "suicide",
  "kill myself",
  "self-harm",
  "overdose",
  "just had an accident",
  "there's been an accident",
  "there has been an accident",
  "serious accident",
];
/** "Ce n'est pas urgent", "no emergency": said to take the pressure off, not to raise the alarm. */
const CALM = [
  "pas urgent",
  "pas urgente",
  "pas d'urgence",
  "sans urgence",
  "rien d'urgent",
  "aucune urgence",
  "pas tres urgent",
  "pas si urgent",
  "pas de danger",
  "sans danger",
  "aucun danger",
  "not urgent",
  "no emergency",
  "not an emergency",
  "nothing urgent",
  "no rush",
  "no hurry",
  "not that urgent",
  "no danger",
];

/** The message tells of an urgent situation: danger, an accident, "c'est urgent". */
export function urgentSituation(folded: string): boolean {
  if (CALM.some((cue) => containsTerm(folded, cue))) return false;
  return (
    URGENT_FR.some((cue) => containsTerm(folded, cue)) ||
    URGENT_EN.some((cue) => containsTerm(folded, cue))
  );
}

const words = (phrases: readonly string[]) => phrases.map((phrase) => phrase.split(" "));

/** Who is asked about: "tu es", "are you", "am I talking to"… (folded words, split at apostrophes and hyphens). */
const ASKERS = words([
  "tu es",
  "t es",
  "es tu",
  "vous etes",
  "etes vous",
  "c est",
  "est ce",
  "je parle a",
  "je parle avec",
  "je discute avec",
  "j ecris a",
  "on parle a",
  "are you",
  "r u",
  "you are",
  "am i talking to",
  "am i speaking to",
  "am i chatting with",
  "am i talking with",
  "am i speaking with",
  "is this",
  "is that",
  "is it",
  "talking to",
  "speaking to",
  "chatting with",
]);
/** Words that may come between the asker and the object: "are you [really] [a] [real] person". */
const FILLERS = new Set(
  "a an the un une le la l just really actually even only still vraiment bien juste seulement simplement encore en train de parler talking speaking chatting to with avec real vrai vraie reel reelle".split(
    " ",
  ),
);
const MACHINE = words([
  "robot",
  "bot",
  "chatbot",
  "ia",
  "intelligence artificielle",
  "ai",
  "artificial intelligence",
  "assistant virtuel",
  "assistante virtuelle",
  "virtual assistant",
  "automate",
  "machine",
]);
const PERSON = words([
  "humain",
  "humaine",
  "etre humain",
  "personne",
  "human",
  "human being",
  "person",
  "man",
  "woman",
  "homme",
  "femme",
]);

function startsAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens[at + k] === word);
}

type Kind = "machine" | "person";
const OBJECTS: readonly (readonly [Kind, readonly (readonly string[])[]])[] = [
  ["machine", MACHINE],
  ["person", PERSON],
];

/** The object at `at`, after any fillers: its kind and where it ends. */
function objectAt(tokens: readonly string[], at: number): { kind: Kind; end: number } | undefined {
  let j = at;
  while (j < tokens.length && FILLERS.has(tokens[j] as string)) j++;
  for (const [kind, phrases] of OBJECTS) {
    const phrase = phrases.find((object) => startsAt(tokens, j, object));
    if (phrase !== undefined) return { kind, end: j + phrase.length };
  }
  return undefined;
}

/** What is asked about right after an asker: "are you a human", and "… or a bot". */
function kindsAsked(tokens: readonly string[]): Set<Kind> {
  const kinds = new Set<Kind>();
  for (let i = 0; i < tokens.length; i++) {
    const asker = ASKERS.find((phrase) => startsAt(tokens, i, phrase));
    if (asker === undefined) continue;
    let object = objectAt(tokens, i + asker.length);
    while (object !== undefined) {
      kinds.add(object.kind);
      const next = tokens[object.end];
      object = next === "or" || next === "ou" ? objectAt(tokens, object.end + 1) : undefined;
    }
  }
  return kinds;
}

/**
 * "Tu es un robot ?", "Vous êtes humain ?", "Am I talking to a real person?": a question about
 * what the assistant is. Only a question (a question mark, or one that opens with "are", "am",
 * "is" or "est-ce"): "Je préfère une vraie personne, pas un robot" asks for a person. Says which
 * it asks: whether the assistant is a machine, a person, or either ("a human or a bot?").
 */
export function asksWhatItIs(folded: string): "machine" | "person" | "either" | undefined {
  const tokens = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const question =
    folded.includes("?") ||
    /^(?:are|am|is|r)$/.test(tokens[0] ?? "") ||
    startsAt(tokens, 0, ["est", "ce"]);
  if (!question) return undefined;
  const kinds = kindsAsked(tokens);
  if (kinds.size === 2) return "either";
  return kinds.has("machine") ? "machine" : kinds.has("person") ? "person" : undefined;
}

const CALL_BACK = [
  "me rappeler",
  "rappelez-moi",
  "rappelle-moi",
  "me recontacter",
  "recontactez-moi",
  "recontacte-moi",
  "me telephoner",
  "etre rappele",
  "etre rappelee",
  "call me back",
  "ring me back",
  "phone me back",
  "call me tomorrow",
  "call me later",
  "get back to me by phone",
  "a call-back",
  "a callback",
];

/** "Vous pouvez me rappeler demain ?", "Can someone call me back?": a person, by phone. */
export function wantsCallBack(folded: string): boolean {
  return CALL_BACK.some((cue) => containsTerm(folded, cue));
}
