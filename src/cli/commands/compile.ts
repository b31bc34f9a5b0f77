import type { Command } from "../command";

/**
 * What `psydesign compile` is, for the command table and its help; the work itself loads only when
 * it runs (compile-run.ts), so the built command starts without the code other commands need.
 */
export const compileCommand: Command = {
  name: "compile",
  synopsis: "<file> [--format text|json]",
  summary: "print the system prompt compiled from a persona file",
  description: [
    "Compiles a persona file into its system prompt and prints it on stdout; with",
    "--format json, prints the whole compile result (prompt, sections, warnings, token",
    "estimate). Warnings go to stderr and do not change the exit code: conflicting",
    "settings, and example replies the style meter reads as off the persona's own",
    "settings (address, avoided words, register, tone, length, emoji). An invalid file",
    "exits 1 with its problems, as validate reports them.",
  ].join("\n"),
  options: {
    format: {
      type: "string",
      choices: ["text", "json"],
      valueName: "text|json",
      description: "text: the system prompt (default); json: the whole compile result",
    },
  },
  run: async (args, io) => (await import("./compile-run")).run(args, io),
};
