import { describe, expect, test } from "vitest";
import { detokenise, parseCsv } from "../../scripts/eval/pt16";

// The PT16 sentences are Penn Treebank tokens; the meter is fitted on them as a reply would read.
describe("detokenise", () => {
  test.each([
    ["I ca n't believe it ! !", "I can't believe it!!"],
    ["It sounds like `` Joseph 's Coat '' .", 'It sounds like "Joseph\'s Coat".'],
    ["Sure the road is gon na be rocky .", "Sure the road is gonna be rocky."],
    ["You guys wan na buy some ?", "You guys wanna buy some?"],
    ["I 've got ta go", "I've gotta go"],
    ["Ummmm , lem me think .", "Ummmm, lemme think."],
    ["-LCB- see ( I ) Time Allowed -RCB- .", "{see (I) Time Allowed}."],
    ["-LSB- sic -RSB-", "[sic]"],
    ["Think about your readers ' needs .", "Think about your readers' needs."],
    ["What am I missin ' here ? ? ?", "What am I missin' here???"],
    ["You ' ll never have trouble .", "You'll never have trouble."],
  ])("%j → %j", (tokens, text) => {
    expect(detokenise(tokens)).toBe(text);
  });

  test("leaves words that only look like the splits alone", () => {
    expect(detokenise("The gon dola and the na tives .")).toBe("The gon dola and the na tives.");
    expect(detokenise("Let me think .")).toBe("Let me think.");
  });
});

describe("parseCsv", () => {
  test("reads quoted fields with commas, doubled quotes and CRLF line ends", () => {
    expect(parseCsv('SID,label,sentence\r\n1,-0.4,"a, ""b"" c"\r\n2,1.2,plain\r\n')).toEqual([
      ["SID", "label", "sentence"],
      ["1", "-0.4", 'a, "b" c'],
      ["2", "1.2", "plain"],
    ]);
  });
});
