/**
 * How the English phrasebook moves along the register (register.ts). Written against the
 * expanded templates of phrases-en.ts: every rule is checked on all of them, with and
 * without contractions and in both voices (register.test.ts).
 */
import type { RegisterRewrites, Rewrite } from "./phrasebook";

// Casual English contracts; from the formal band up it spells words out (register.ts decides).
// No "let us" → "let's": "let us know" asks leave, and the templates choose {Let us|Let's} themselves.
const contractions: readonly Rewrite[] = [
  [/\bwill not\b/g, "won't"],
  [/\bcannot\b/g, "can't"],
  [/\bI am\b/g, "I'm"],
  [/\bI will\b/g, "I'll"],
  [/\bI have\b/g, "I've"],
  [/\b([Ww]e) are\b/g, "$1're"],
  [/\b([Ww]e) will\b/g, "$1'll"],
  [/\b([Ww]e) have\b/g, "$1've"],
  [/\b([Yy]ou) are\b/g, "$1're"],
  [/\b([Yy]ou) will\b/g, "$1'll"],
  [/\b([Ii]t|[Tt]hat|[Ww]hat) is\b/g, "$1's"],
  [/\b([Dd]o|[Dd]id|[Ii]s|[Aa]re) not\b/g, "$1n't"],
];

const casual: readonly Rewrite[] = [
  [/^Thank you too\.$/, "Thanks, you too."],
  [/\bThank you for\b/g, "Thanks for"],
  [/\bhow may (I|we) help\b/g, "how can $1 help"],
  [/\b([Cc])ould you\b/g, "$1an you"],
  [/\bquickly\b/g, "soon"],
  [/^However, /, "But "],
  [/\bperfectly fair\b/g, "totally fair"],
  [/^Understood\.$/, "Got it."],
  [/^Understood: /, "Got it: "],
  [/^Very well: /, "All right: "],
  [/^This must be a difficult situation\b/, "This must be tough"],
  [
    /^(I|We) understand your frustration, and it's completely natural\./,
    "$1 understand you're frustrated, and that's totally normal.",
  ],
  // Speech says with a verb and a plain word what writing says with a noun ("once the request is registered").
  [
    /^(I|We)'ll take care of your refund or cancellation request\./,
    "$1'll sort out your refund or cancellation.",
  ],
  [
    /^You'll receive a written confirmation once the request is registered\./,
    "You'll get it in writing once it's logged.",
  ],
  [/\bcan be started as soon as\b/g, "can start as soon as"],
  // The take-up answers (take-up.ts), said as one speaks.
  [/\b(I|We)'ll take care of your request about\b/g, "$1'll sort out"],
  [/\b(I|We)'ll tell you how to proceed with\b/g, "$1'll walk you through"],
  [
    /^Your request about (.+?) can start as soon as you send your order or contract number\./,
    "Send over your order or contract number and $1 can get going.",
  ],
  [
    /\b(I|We)'ll check what's going on with (.+?) and get back to you soon\b/g,
    "$1'll see what's up with $2 and get back to you soon",
  ],
  [/^The refund then arrives within a few working days\./, "The refund then lands in a few days."],
  [
    /^As soon as your file number arrives, the check begins\./,
    "As soon as your file number comes in, the check starts.",
  ],
  [
    /^Once these details arrive, you'll get a complete answer\./,
    "With those details, you'll get a full answer.",
  ],
  [
    /^To answer you precisely, (I|we) need a few details about your situation\./,
    "To help you out, $1 need a few details.",
  ],
  [
    /\bthey are part of this service and don't change during a conversation\b/g,
    "they're part of the deal and don't change along the way",
  ],
  [/\bas long as the conversation stays courteous\b/g, "as long as things stay civil"],
  [/^The request (?:is noted|has been received)\.$/, "Got your request."],
  [/^Your message has been received\.$/, "Got your message."],
  [
    /^These instructions frame (my|our) role, and (I|we) can't set them aside\b/,
    "These are $1 instructions, and $2 can't drop them",
  ],
  [
    /^The refund or cancellation can start as soon as you send your order or contract number\./,
    "Once your order or contract number's in, the refund's on its way.",
  ],
  // The organisation still speaks ("we", "our rule"), in plain words: casual and institutional go together.
  [
    /^Under our procedure, requests are handled in the order they arrive\.$/,
    "We go first come, first served: that's our rule.",
  ],
  [
    /^Under our usual procedure, every request gets a written follow-up\.$/,
    "As always, we'll follow up in writing.",
  ],
  [/^Your request (?:has been registered under reference|number is) /, "Your ref number is "],
];

const intimate: readonly Rewrite[] = [
  // The organisation's rule, as said across a counter.
  [
    /^We go first come, first served: that's our rule\.$/,
    "We take everyone in turn, that's how it works.",
  ],
  [/^As always, we'll follow up in writing\.$/, "You'll get it in writing, like always."],
  [/^(?:I|We)'ve (?:received|noted) your (message|request|question)\.$/, "Got your $1."],
  [/^(?:I|We)'ve understood your request\.$/, "Got your request."],
  [/\bthey're part of the deal and don't change along the way\b/g, "they're part of the deal"],
  [/^Your (question|message) is noted\.$/, "Got your $1."],
  [/\bto understand what happened\b/g, "to see what happened"],
  [/^Do you have (a|another) /, (_, a: string) => `Got ${a} `],
  [/\binformation\b/g, "info"],
  [/^All right\.$/, "OK."],
];

const formal: readonly Rewrite[] = [
  // Procedures as an official text cites them.
  [
    /^Under our procedure, requests are handled in the order they arrive\.$/,
    "In accordance with the applicable procedure, your request is handled in order of arrival.",
  ],
  [
    /^Under our usual procedure, every request gets a written follow-up\.$/,
    "Under the usual procedure, every request is followed up in writing.",
  ],
  [/\bThanks for stopping by\./g, "Thank you for your visit."],
  [/\bThanks for\b/g, "Thank you for"],
  [/\bhelp(?= you\b| in particular\b|[:,.])/g, "assist"],
  [/\bcheck what happened\b/g, "verify what happened"],
  [/\bthe check begins\b/g, "the verification begins"],
  [/\bget back to you quickly\b/g, "respond to you promptly"],
  [/\bright away\b/g, "without delay"],
  [/\blooking into your file\b/g, "examining your file"],
  [/\blook into it\b/g, "examine it"],
  [/\bdetails about\b/g, "further details regarding"],
  [/\ba little more about\b/g, "more about"],
  [/\byou will get\b/g, "you will receive"],
  [/\bit is best to\b/g, "it is preferable to"],
  [/^Come back whenever you like\.$/, "You are welcome to return at any time."],
  [/^(?:No worries|Do not worry), /, "Rest assured, "],
  [/\bnever fun\b/g, "never pleasant"],
  [/^Nice question\.$/, "That is a good question."],
  [/\beverything is sorted\b/g, "everything is resolved"],
  [/\bspeeds things up\b/g, "expedites the process"],
  [/\bhelps things move faster\b/g, "allows matters to progress more quickly"],
  [/^Sometimes nothing beats\b/, "At times, nothing replaces"],
  [/^(?:Just let|Let) (me|us) know\b/, "Please let $1 know"],
  [/^(Ask|Send|Tell) /, (_, verb: string) => `Please ${verb.toLowerCase()} `],
  [/^Feel free to /, "Please do not hesitate to "],
  [/^All right\.$/, "Very well."],
  [/: let (me|us) know\b/, ": please let $1 know"],
  [/: tell (me|us)\b/, ": please inform $1"],
  [/\bwhen you are ready to go on\b/g, "when you wish to continue"],
  [/\bif you need anything else\b/g, "should you require any further assistance"],
];

const frozen: readonly Rewrite[] = [
  [/^Please (let|send|tell|ask)\b/, "Kindly $1"],
  [/\b([Cc])ould you\b/g, (_, c: string) => `${c === "C" ? "W" : "w"}ould you kindly`],
];

export const REGISTER_EN: RegisterRewrites = { casual, intimate, formal, frozen, contractions };
