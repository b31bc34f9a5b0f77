import type { Command } from "../command";
import { TARGETS } from "./convert-targets";

/**
 * What `psydesign convert` is, for the command table and its help; the work itself loads only when
 * it runs (convert-run.ts), so the built command starts without the code other commands need.
 */
export const convertCommand: Command = {
  name: "convert",
  synopsis: "<file> --to <format> [-o <file>] [options]",
  summary: "turn a persona file or a character card into another format",
  description: [
    'Reads a persona file, a Character Card (V1, V2 or V3, JSON or PNG) or "-" for standard',
    "input, and writes it as a persona file, a V2 or V3 card, the compiled prompt (Markdown",
    "or plain text), an OpenAI Chat Completions request body or a promptfoo configuration,",
    "on stdout or into the -o file. --to ccv3 with -o <name>.png writes a PNG card. --model and",
    "--base-url name the endpoint of --to openai and promptfoo (default: OpenAI, gpt-4o-mini).",
    "The promptfoo file has its llm-rubric checks graded by that same endpoint, unless",
    "--grader-base-url or --grader-model name another. No key is ever written: the request",
    "reads OPENAI_API_KEY. --system-prompt picks a card's system_prompt: the compiled prompt",
    "(the default for a persona made in the studio) or the card's own (the default for an",
    "imported card). When a card's voice had to be estimated from its dialogue, stderr says so.",
    "An unreadable input exits 1.",
  ].join("\n"),
  options: {
    to: {
      type: "string",
      choices: TARGETS,
      valueName: "<format>",
      description: `the format to write (required): ${TARGETS.join(", ")}`,
    },
    output: {
      type: "string",
      short: "o",
      valueName: "<file>",
      description: "write into this file instead of stdout",
    },
    model: {
      type: "string",
      valueName: "<m>",
      description: "the model of --to openai and promptfoo",
    },
    "base-url": {
      type: "string",
      valueName: "<url>",
      description: "an OpenAI-compatible base URL for --to openai and promptfoo",
    },
    "grader-base-url": {
      type: "string",
      valueName: "<url>",
      description: "--to promptfoo: the grader's base URL (default: --base-url's)",
    },
    "grader-model": {
      type: "string",
      valueName: "<m>",
      description: "--to promptfoo: the grader's model (default: --model's)",
    },
    format: {
      type: "string",
      choices: ["md", "txt"],
      valueName: "md|txt",
      description: "--to prompt: Markdown (default) or plain text",
    },
    "system-prompt": {
      type: "string",
      choices: ["compiled", "original"],
      valueName: "compiled|original",
      description: "--to ccv2|ccv3: the card's system_prompt (see above)",
    },
  },
  run: async (args, io) => (await import("./convert-run")).run(args, io),
};
