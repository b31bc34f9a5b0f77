import type { Command } from "../command";
import { keyInArguments } from "./test-options";

/**
 * What `psydesign test` is, for the command table and its help; the work itself loads only when
 * it runs (test-run.ts), so the built command starts without the runner and the reporters.
 */
export const testCommand: Command = {
  name: "test",
  synopsis: "<persona.json>... [--base-url <url> --model <m>...] [--reporter <r>] [-o <file>]",
  summary: "run a persona's scenarios and check every reply (offline or on models)",
  description: [
    "Runs each persona's scenarios (the built-ins written for it and its own) and holds every",
    "reply to the persona's checks: each slider within one band, the address form, no avoided",
    "word, and the expectations saved with its scenarios (docs/persona-tests.md). Replies come",
    "from the offline rehearsal (--target offline, the default without --base-url) or from each",
    "--model on an OpenAI-compatible --base-url; --target offline with --base-url runs both.",
    "The key is read from OPENAI_API_KEY (or the variable --api-key-env names), never from an",
    "argument, and is never printed. --drift N also runs the first scenario (or each",
    "--scenario) N turns long per target and reports the turn each dimension drifts from.",
    "--reporter pretty (default) prints failed turns and a summary table; json writes a",
    "psydesign-test-run report the studio re-opens; junit writes JUnit XML for CI. With -o the",
    "report goes into the file and the summary table to stdout; json or junit on stdout put the",
    "table on stderr. Progress shows on stderr when it is a terminal. Exit 0 when every check",
    "held, 1 when one failed, a reply could not be had or a dimension drifted, 2 on a usage or",
    "configuration error (unknown scenario, unreadable persona, key as argument), 130 when",
    "Ctrl+C stopped the run: the report then holds what ran, the rest marked cancelled.",
  ].join("\n"),
  options: {
    target: {
      type: "string",
      choices: ["offline"],
      valueName: "offline",
      description: "test on the offline rehearsal (also with --base-url)",
    },
    "base-url": {
      type: "string",
      valueName: "<url>",
      description: "an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1",
    },
    model: {
      type: "string",
      multiple: true,
      valueName: "<m>",
      description: "a model on --base-url; repeat it to compare models",
    },
    scenario: {
      type: "string",
      multiple: true,
      valueName: "<id>",
      description: "run only this scenario; repeatable (default: all of the persona's)",
    },
    concurrency: {
      type: "string",
      valueName: "<n>",
      description: "conversations at once, 1 to 32 (default 4)",
    },
    drift: {
      type: "string",
      valueName: "<turns>",
      description: "also run a long conversation of 1 to 200 turns and report its drift",
    },
    "drift-user": {
      type: "string",
      valueName: "<m>",
      description: "a model on --base-url plays the user past the scenario (default: offline)",
    },
    reporter: {
      type: "string",
      choices: ["pretty", "json", "junit"],
      valueName: "pretty|json|junit",
      description: "the report's form (default pretty)",
    },
    output: {
      type: "string",
      short: "o",
      valueName: "<file>",
      description: "write the report into this file",
    },
    html: {
      type: "string",
      valueName: "<file>",
      description: "also write the HTML report for a client into this file",
    },
    lang: {
      type: "string",
      choices: ["fr", "en"],
      valueName: "fr|en",
      description: "the HTML report's language (default: the persona's)",
    },
    "api-key-env": {
      type: "string",
      valueName: "<name>",
      description: "read the key from this environment variable (default OPENAI_API_KEY)",
    },
  },
  screen: keyInArguments,
  run: async (args, io) => (await import("./test-run")).run(args, io),
};
