import type { Command } from "../command";

/**
 * What `psydesign analyze` is, for the command table and its help; the work itself loads only when
 * it runs (analyze-run.ts), so the built command starts without the code other commands need.
 */
export const analyzeCommand: Command = {
  name: "analyze",
  synopsis: "[--lang fr|en] [--persona <file>] [--jsonl]",
  summary: "measure the style of a reply read from standard input",
  description: [
    "Reads a reply from standard input (an empty one is refused) and prints one JSON",
    "line of style measures: formality, address (formal, informal, none or mixed),",
    "warmth, enthusiasm, humor, institutional voice (0-100), sentences, words, emoji",
    "and readability. With --jsonl, each input line is one reply, as a JSON string or",
    '{"text": ...}; a bad line is reported on stderr with its number and the run exits 1',
    "once the others are printed. With --persona, each line also holds the adherence to",
    'that persona (each dimension\'s target and measured band by name, e.g. "target": "Formal"),',
    "and the language defaults to the persona's; with neither --lang nor --persona it is",
    "guessed per reply.",
  ].join("\n"),
  options: {
    lang: {
      type: "string",
      choices: ["fr", "en"],
      valueName: "fr|en",
      description: "the language of the text (default: guessed)",
    },
    persona: {
      type: "string",
      valueName: "<file>",
      description: "also report adherence to this persona file",
    },
    jsonl: {
      type: "boolean",
      description: 'one reply per line, as a JSON string or {"text": ...}',
    },
  },
  run: async (args, io) => (await import("./analyze-run")).run(args, io),
};
