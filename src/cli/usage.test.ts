/**
 * Every help text fits a 100-column terminal, measured on what `psydesign help` and
 * `psydesign help <command>` print, and the wrapping keeps every word.
 */
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import type { CliIo } from "./io";
import { run } from "./main";
import { HELP_WIDTH, wrap } from "./usage";

async function help(args: string[]): Promise<string> {
  let stdout = "";
  const io: CliIo = {
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: () => true },
    cwd: process.cwd(),
    env: {},
  };
  expect(await run(args, io)).toBe(0);
  return stdout;
}

const tooWide = (text: string) => text.split("\n").filter((line) => [...line].length > HELP_WIDTH);

describe("help texts fit 100 columns", () => {
  test.each([[[]], [["validate"]], [["compile"]], [["analyze"]], [["rehearse"]], [["convert"]]])(
    "psydesign help %j",
    async (topic) => {
      const text = await help(["help", ...topic]);
      expect(text.split("\n").length).toBeGreaterThan(5);
      expect(tooWide(text)).toEqual([]);
    },
  );

  test("the general help names every command, and each command's help every option", async () => {
    const general = await help(["help"]);
    for (const name of ["validate", "compile", "analyze", "rehearse", "convert"])
      expect(general).toMatch(new RegExp(`^ {2}${name} `, "m"));
    const rehearse = await help(["rehearse", "--help"]);
    for (const option of ["--scenario <id>", "--message <text>", "--jsonl"])
      expect(rehearse).toContain(`  ${option}  `);
    const convert = await help(["convert", "--help"]);
    for (const option of [
      "--to <format>",
      "-o, --output <file>",
      "--grader-base-url <url>",
      "--grader-model <m>",
      "--format md|txt",
    ]) {
      expect(convert).toContain(`  ${option}  `);
    }
  });
});

test("wrap breaks at spaces within the width, indents what follows, and loses no word", () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
  const lines = wrap(text, "    ", "  ");
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.every((line) => [...line].length <= HELP_WIDTH)).toBe(true);
  expect(lines.slice(1).every((line) => line.startsWith("    word"))).toBe(true);
  expect(lines.join(" ").split(/\s+/).filter(Boolean)).toEqual(text.split(" "));
});
