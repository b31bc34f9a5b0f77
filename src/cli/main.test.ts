/**
 * run() in-process, for what a subprocess cannot show cheaply or at all: a file the test
 * runner (root) can still read, an internal error, devices, stdin, the output guard.
 * cli.test.ts covers the command as users run it.
 */
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { nodeFiles, type CliFiles, type CliIo } from "./io";
import { run } from "./main";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function fakeIo(
  options: {
    stdin?: string | Buffer;
    files?: Partial<CliFiles>;
    env?: Record<string, string>;
  } = {},
) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    cwd: ROOT,
    env: options.env ?? {},
    files: { ...nodeFiles, ...options.files },
  };
  return { io, out };
}

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const regularFile = { isFile: () => true, isDirectory: () => false, size: 10 };

describe("file-system failures are problems, not crashes", () => {
  test.each([
    [
      "an unreadable file",
      { readFile: () => Promise.reject(errno("EACCES")) },
      "permission denied: cannot read the file",
    ],
    [
      "an unsearchable folder",
      { stat: () => Promise.reject(errno("EACCES")) },
      "permission denied: cannot read the file",
    ],
    ["a path through a file", { stat: () => Promise.reject(errno("ENOTDIR")) }, "no such file"],
    [
      "a disk error",
      { readFile: () => Promise.reject(errno("EIO")) },
      "cannot read the file (EIO)",
    ],
  ])("%s: exit 1 and one line", async (_, files, message) => {
    const { io, out } = fakeIo({ files: { stat: () => Promise.resolve(regularFile), ...files } });
    expect(await run(["validate", "secret.json"], io)).toBe(1);
    expect(out).toEqual({ stdout: "", stderr: `secret.json: ${message}\n` });
  });

  test("a file over 4 MB is refused by its size, before it is read", async () => {
    const reads: string[] = [];
    const { io, out } = fakeIo({
      files: {
        stat: () => Promise.resolve({ ...regularFile, size: 5_000_000_000 }),
        readFile: (path) => (reads.push(path), Promise.reject(new Error("must not be read"))),
      },
    });
    expect(await run(["validate", "huge.json"], io)).toBe(1);
    expect(reads).toEqual([]);
    expect(out.stderr).toBe(
      "huge.json: the file is larger than 4 MB (5000000000 bytes); a persona file never is\n",
    );
  });

  test("a device of unknown size is read up to the limit only", async () => {
    const { io, out } = fakeIo();
    expect(await run(["validate", "/dev/null", "/dev/zero"], io)).toBe(1);
    expect(out.stderr).toBe(
      "/dev/null: the file is empty\n/dev/zero: the file is larger than 4 MB; a persona file never is\n",
    );
  });

  test("bytes that are not UTF-8", async () => {
    const { io, out } = fakeIo({ stdin: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
    expect(await run(["validate", "-"], io)).toBe(1);
    expect(out.stderr).toBe("<stdin>: not UTF-8 text; a persona file is JSON\n");
  });
});

describe("standard input", () => {
  test('"-" reads stdin and is named <stdin> in problems', async () => {
    const { io, out } = fakeIo({ stdin: '{ "format": ' });
    expect(await run(["validate", "-"], io)).toBe(1);
    expect(out.stderr).toMatch(/^<stdin>: not valid JSON \(.+\)\n$/);
  });

  test('"-" twice is a usage error', async () => {
    const { io, out } = fakeIo();
    expect(await run(["validate", "-", "-"], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^psydesign: standard input \(-\) can be read only once; see "psydesign help validate"\n$/,
    );
  });

  test("text from the file cannot forge lines or terminal escapes in the report", async () => {
    // restore.ts quotes key names with JSON escapes; the CLI escapes anything left over.
    const persona = { ...makePersona(), "x\nfake line\u001b[31m": 1 };
    const { io, out } = fakeIo({ stdin: JSON.stringify(persona) });
    expect(await run(["validate", "-"], io)).toBe(1);
    expect(out.stderr.split("\n")).toHaveLength(2); // one line and the final newline
    expect(out.stderr).toContain("\\nfake line"); // shown escaped, on the same line
    expect(out.stderr).not.toContain("\u001b");
  });
});

describe("unexpected errors", () => {
  const explode = { stat: () => Promise.reject(new Error("the disk is on fire")) };

  test("are one line, exit 70, no stack trace", async () => {
    const { io, out } = fakeIo({ files: explode });
    expect(await run(["compile", "x.json"], io)).toBe(70);
    expect(out).toEqual({ stdout: "", stderr: "psydesign: internal error: the disk is on fire\n" });
  });

  test("show their stack with PSYDESIGN_DEBUG=1", async () => {
    const { io, out } = fakeIo({ files: explode, env: { PSYDESIGN_DEBUG: "1" } });
    expect(await run(["compile", "x.json"], io)).toBe(70);
    expect(out.stderr).toMatch(
      /^psydesign: internal error: the disk is on fire\nError: the disk is on fire\n\s+at /,
    );
  });

  test("a closed stdout pipe (EPIPE) is ignored, not thrown", async () => {
    const stdout = new PassThrough();
    const { io, out } = fakeIo();
    expect(await run(["--version"], { ...io, stdout })).toBe(0);
    // Without a listener, emitting "error" throws: this is what `| head` would trigger.
    expect(() => stdout.emit("error", errno("EPIPE"))).not.toThrow();
    expect(out.stderr).toBe("");
  });
});

describe("help", () => {
  test("help <command> and <command> --help print the same command usage", async () => {
    const a = fakeIo();
    const b = fakeIo();
    expect(await run(["help", "compile"], a.io)).toBe(0);
    expect(await run(["compile", "-h"], b.io)).toBe(0);
    expect(a.out.stdout).toMatch(/^Usage: psydesign compile <file> \[--format text\|json\]\n/);
    expect(a.out.stdout).toMatch(/^ {2}--format text\|json {3}\S/m);
    expect(b.out).toEqual(a.out);
  });

  test("help for a command that does not exist is a usage error", async () => {
    const { io, out } = fakeIo();
    expect(await run(["help", "export"], io)).toBe(2);
    expect(out.stderr).toBe(
      'psydesign: no help for "export": there is no such command; see "psydesign help"\n',
    );
  });
});

describe("analyze and its standard input", () => {
  test("an empty input is refused in one line instead of measured", async () => {
    const { io, out } = fakeIo({ stdin: "  \n" });
    expect(await run(["analyze"], io)).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(
      /^<stdin>: no text to measure; pipe a reply in, e\.g\. echo "Bonjour !" \| .+ analyze\n$/,
    );
  });

  test("at a terminal it says how to end the reply, then measures it", async () => {
    const { io, out } = fakeIo({ stdin: "Tu viens ?" });
    Object.assign(io.stdin, { isTTY: true });
    expect(await run(["analyze", "--lang", "fr"], io)).toBe(0);
    expect(out.stderr).toBe("Type or paste the reply, then press Ctrl-D on a new line.\n");
    expect(JSON.parse(out.stdout)).toMatchObject({ language: "fr", address: "informal" });
  });

  test("--jsonl with no lines prints nothing and succeeds (an empty batch)", async () => {
    const { io, out } = fakeIo({ stdin: "" });
    expect(await run(["analyze", "--jsonl"], io)).toBe(0);
    expect(out).toEqual({ stdout: "", stderr: "" });
  });
});
