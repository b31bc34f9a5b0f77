/**
 * English rules of the subject finder (subject.ts). An English noun phrase is a run of
 * modifiers ending on its head ("my broadband router", "a parking permit"), so the run
 * stops at the first verb, preposition or adverb. Word lists are folded.
 */
import type { SubjectRules } from "./subject";

const STOP = new Set(
  (
    "i me my you he she it we they them him her us its their mine yours ours theirs myself " +
    "is are was were be been being am has have had do does did will would can could should shall may might must " +
    "won't can't cannot don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't couldn't wouldn't shouldn't " +
    "i'm i've i'd i'll it's that's there's what's you're we're they're " +
    "keep keeps kept stop stops stopped work works seem seems look looks say says show shows need needs get gets got go goes went " +
    "come comes came take takes took make makes made want wants give gives send sends arrive arrives break breaks broke " +
    "to for from in on at by with about since after before into over under until of off up down out through during without via per " +
    "and or but because so if when while than then that which who whom whose what how where why " +
    "still again yet already just now today tomorrow yesterday please anymore never always really very too also only even here there " +
    "not no yes ok okay hello hi hey thanks thank free right correct possible true fine sure all any some every each " +
    // Said of a thing after it, with the verb left out ("Is your office open on Saturday?").
    "open closed available late ready wrong broken down slow dead missing valid due overdue empty full"
  ).split(" "),
);

/** Heads that name no subject: "a question", "a problem", "a lot". */
const GENERIC = new Set(
  (
    "question questions problem problems issue issues help information info thing things way bit lot few little couple " +
    "moment minute minutes time times day days week weeks month months year years hour hours answer solution request " +
    "person human someone somebody robot bot agent adviser advisor representative error mistake fault complaint " +
    "son daughter child children kid kids husband wife mother father mum mom dad parents brother sister baby neighbour neighbor partner " +
    "morning evening afternoon monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

/** Past participles and verb forms that end a noun run: "my card expired", "my router keeps…". */
const VERB_ENDING = /[^e]ed$|n't$/;

export const SUBJECT_EN: SubjectRules = {
  // "son's", "don't" and "Wi-Fi" are one word each.
  tokens: /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu,
  determiners: {
    my: { kind: "own", number: "sg" },
    our: { kind: "own", number: "sg" },
    a: { kind: "own", number: "sg", indefinite: true },
    an: { kind: "own", number: "sg", indefinite: true },
    the: { kind: "definite", number: "sg" },
    // The user's "your website" is the organisation's: "the website".
    your: { kind: "the", number: "sg" },
    which: { kind: "the", number: "sg" },
    this: { kind: "as-is", number: "sg" },
    these: { kind: "as-is", number: "pl" },
  },
  innerOwn: {},
  innerKept: new Set(),
  // "proof of address", "certificate of residence": "of" before a bare noun only.
  complements: new Set(["of"]),
  aside: new Set(["from", "via", "by", "since", "using", "during", "without"]),
  judgement: new Set(["is", "was", "it's", "that's", "what's"]),
  stop: STOP,
  generic: GENERIC,
  compound: true,
  before: () => false,
  after: () => false,
  isVerb: (word) => VERB_ENDING.test(word),
  maxWords: 4,
  own: () => "your",
  the: () => "the",
  votes: {
    own: "the a an of and is i you my for with on not to what how it can do".split(" "),
    other:
      "le la les un une des du de et est je vous mon ma mes pour avec sur pas que qui ne au".split(
        " ",
      ),
  },
};
