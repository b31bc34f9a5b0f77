import { describe, expect, it } from "vitest";
import {
  formatExamples,
  pairTurns,
  parseExampleBlocks,
  replaceMacros,
  spokenWords,
} from "./dialogue";

describe("parseExampleBlocks", () => {
  it("splits <START> blocks into turns", () => {
    const text =
      "<START>\n{{user}}: Who are you?\n{{char}}: I am Bob.\n<START>\n{{user}}: Where from?\n{{char}}: Far away.";
    expect(parseExampleBlocks(text, ["Bob"])).toEqual([
      [
        { speaker: "user", text: "Who are you?" },
        { speaker: "char", text: "I am Bob." },
      ],
      [
        { speaker: "user", text: "Where from?" },
        { speaker: "char", text: "Far away." },
      ],
    ]);
  });

  it("reads the character's name, the old <USER>/<BOT> forms and any letter case as speakers", () => {
    const text =
      "<start>\r\n<USER>: Hi\r\nSeraphina: Welcome.\r\n{{User}}: Thanks\r\n<bot>: Rest now.";
    expect(
      parseExampleBlocks(text, ["Seraphina", ""])
        .flat()
        .map((t) => t.speaker),
    ).toEqual(["user", "char", "user", "char"]);
  });

  it("keeps lines without a speaker in the turn above, and merges a speaker's consecutive lines", () => {
    const text = "{{user}}: First line\nsecond line\n{{char}}: One.\n{{char}}: Two.";
    expect(parseExampleBlocks(text, [])).toEqual([
      [
        { speaker: "user", text: "First line\nsecond line" },
        { speaker: "char", text: "One.\nTwo." },
      ],
    ]);
  });

  it("reads a name as plain text: regex characters mean themselves, and a 100,000-character name is no regex at all", () => {
    const text =
      "<START>\nDR. (WHO)?: Fantastic.\nDr. Who: a line that continues\n{{user}}: And you?\nDr. (Who)?  :Allons-y.";
    expect(parseExampleBlocks(text, ["Dr. (Who)?"])).toEqual([
      [
        { speaker: "char", text: "Fantastic.\nDr. Who: a line that continues" },
        { speaker: "user", text: "And you?" },
        { speaker: "char", text: "Allons-y." },
      ],
    ]);
    const long = "N".repeat(100_000);
    expect(parseExampleBlocks(`an unlabelled line\n{{user}}: Hi\n${long}: Hello.`, [long])).toEqual(
      [
        [
          { speaker: "user", text: "Hi" },
          { speaker: "char", text: "Hello." },
        ],
      ],
    );
  });

  it("drops a note before the first speaker and blocks with nothing in them", () => {
    expect(
      parseExampleBlocks("A note for the author\n<START>\n<START>\n{{char}}: Hello.", []),
    ).toEqual([[{ speaker: "char", text: "Hello." }]]);
  });
});

describe("pairTurns", () => {
  it("pairs each question with the reply after it and leaves out an unasked reply", () => {
    const blocks = parseExampleBlocks(
      "{{char}}: Hi there!\n{{user}}: Hello!\n{{char}}: Nice to meet you!",
      [],
    );
    expect(pairTurns(blocks)).toEqual([{ user: "Hello!", assistant: "Nice to meet you!" }]);
  });
});

describe("formatExamples", () => {
  it("writes one block per example and reads back to the same examples", () => {
    const examples = [
      { user: "Two\nlines", assistant: "An answer." },
      { user: "Again?", assistant: 'Yes: *nods* "again".' },
    ];
    const text = formatExamples(examples);
    expect(text).toBe(
      '<START>\n{{user}}: Two\nlines\n{{char}}: An answer.\n<START>\n{{user}}: Again?\n{{char}}: Yes: *nods* "again".',
    );
    expect(pairTurns(parseExampleBlocks(text, []))).toEqual(examples);
  });
});

describe("replaceMacros", () => {
  it("names the character and the user, in any letter case, and leaves other macros", () => {
    expect(
      replaceMacros(
        "{{char}} greets {{USER}}; <BOT> and <user> too. {{random:a,b}}",
        "Nova",
        "User",
      ),
    ).toBe("Nova greets User; Nova and User too. {{random:a,b}}");
  });

  it("does not read $ patterns in a name", () => {
    expect(replaceMacros("I am {{char}}.", "$& $1", "User")).toBe("I am $& $1.");
  });
});

describe("spokenWords", () => {
  it("keeps the quoted speech of role-play and drops the *actions* and narration", () => {
    const text = '*She walks over.* "Ah, you\'re awake." *She smiles.* "Rest now." She turns away.';
    expect(spokenWords(text)).toBe("Ah, you're awake. Rest now.");
  });

  it("keeps plain text that has no quotes, minus its actions", () => {
    expect(spokenWords("Hello! *waves* How can I help?")).toBe("Hello! How can I help?");
  });

  it("reads curly quotes and guillemets", () => {
    expect(spokenWords("*sourit* «\u202fBonjour\u202f!\u202f» puis “Welcome.”")).toBe(
      "Bonjour\u202f! Welcome.",
    );
  });
});
