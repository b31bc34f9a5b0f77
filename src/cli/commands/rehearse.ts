import type { Command } from "../command";

/**
 * What `psydesign rehearse` is, for the command table and its help; the work itself loads only when
 * it runs (rehearse-run.ts), so the built command starts without the code other commands need.
 */
export const rehearseCommand: Command = {
  name: "rehearse",
  synopsis: "<file> [--scenario <id>] [--message <text>]... [--jsonl]",
  summary: "print the offline rehearsal's replies to a scenario or to messages",
  description: [
    "Replays a conversation through the offline rehearsal, the engine of the studio's preview",
    "(the persona's voice from its settings; no model, no network), and prints the persona's",
    "greeting if it has one, then each user turn and the assistant's reply. --scenario replays",
    "a built-in scenario in the persona's language (welcome-fr, complaint-en...) or one saved in",
    "the persona file; each --message is one more user turn, after the scenario's. With neither,",
    "the welcome scenario in the persona's language. Each reply is written knowing the",
    "conversation before it, greeting included; the same file and turns give the same replies.",
    'With --jsonl, one JSON line per turn, {"turn":1,"user":"...","assistant":"..."}, the',
    'greeting as turn 0 with "user":null. An unknown scenario id lists the valid ones (exit 2).',
  ].join("\n"),
  options: {
    scenario: {
      type: "string",
      valueName: "<id>",
      description: "a scenario id: a built-in one in the persona's language, or the persona's own",
    },
    message: {
      type: "string",
      multiple: true,
      valueName: "<text>",
      description:
        'one user turn; repeat it for a conversation (a text starting with "-": --message=TEXT)',
    },
    jsonl: { type: "boolean", description: "one JSON line per turn instead of text" },
  },
  run: async (args, io) => (await import("./rehearse-run")).run(args, io),
};
