#!/usr/bin/env node
// The psydesign command: a thin launcher for src/cli/main.ts through tsx's loader.
import { register } from "tsx/esm/api";
import { fileURLToPath, pathToFileURL } from "node:url";

register();
const main = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
const { run } = await import(pathToFileURL(main).href);
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
