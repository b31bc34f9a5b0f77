/**
 * The built command's entry (vite.cli.config.ts bundles it into dist/cli.mjs): run() with the
 * real process streams. bin/psydesign.mjs does the same from the sources, for development.
 */
import { run } from "./main";

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
