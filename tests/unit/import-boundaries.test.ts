/**
 * The layers' import rules bite: files that cross a boundary, linted with the project's own
 * .oxlintrc.json (copied beside them, so its `files` globs match), are reported, and the
 * imports each layer may make are not. Imports run ui → stores → providers → core; cli → core,
 * and cli → providers/test-generate alone (persona tests ask models for replies).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OXLINT = path.join(
  ROOT,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "oxlint.cmd" : "oxlint",
);

/** One file per layer: what it imports, and whether each import must be refused. */
const FILES: Record<string, { from: string; refused: boolean; dynamic?: boolean }[]> = {
  "src/providers/crossing.ts": [
    { from: "../stores/studio", refused: true },
    { from: "../ui/studio-context", refused: true },
    { from: "../review/review-session", refused: true },
    { from: "../cli/main", refused: true },
    { from: "../stores/chat-store", refused: true, dynamic: true },
    { from: "../core/persona/schema", refused: false },
    { from: "../core/review/feedback", refused: false },
    { from: "./types", refused: false },
  ],
  "src/stores/crossing.ts": [
    { from: "../ui/studio-context", refused: true },
    { from: "../review/review-session", refused: true },
    { from: "../../src/ui/app", refused: true },
    { from: "../cli/main", refused: true },
    { from: "../providers/types", refused: false },
    { from: "../providers/openai-provider", refused: false, dynamic: true },
    { from: "../core/review/share-link", refused: false },
    { from: "./compiled", refused: false },
  ],
  "src/cli/commands/crossing.ts": [
    { from: "../../stores/studio", refused: true },
    { from: "../../providers/types", refused: true },
    { from: "../../providers/openai-provider", refused: true, dynamic: true },
    { from: "../../ui/app", refused: true },
    { from: "../../review/main", refused: true },
    // `psydesign test` asks models for replies the way the studio's Tests view does.
    { from: "../../providers/test-generate", refused: false },
    { from: "../../core/compiler/compile", refused: false },
    { from: "../io", refused: false },
    { from: "node:fs", refused: false },
  ],
  "src/core/meter/crossing.ts": [
    { from: "../../stores/studio", refused: true },
    { from: "../../providers/types", refused: true },
    { from: "../../ui/app", refused: true },
    { from: "../../cli/main", refused: true },
    { from: "react", refused: true },
    { from: "../persona/schema", refused: false },
  ],
};

const source = (imports: (typeof FILES)[string]) =>
  imports
    .map(({ from, dynamic }, i) =>
      dynamic
        ? `export const load${i} = () => import("${from}");`
        : `export * as m${i} from "${from}";`,
    )
    .join("\n");

let dir = "";
let refusedBy: Map<string, string[]>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "import-boundaries-"));
  copyFileSync(path.join(ROOT, ".oxlintrc.json"), path.join(dir, ".oxlintrc.json"));
  for (const [file, imports] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${source(imports)}\n`);
  }
  const run = spawnSync(OXLINT, ["-c", ".oxlintrc.json", "-f", "json", "src"], {
    cwd: dir,
    encoding: "utf8",
  });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { code: string; filename: string; message: string }[];
  };
  refusedBy = new Map();
  for (const d of report.diagnostics) {
    if (d.code !== "eslint(no-restricted-imports)") continue;
    const file = d.filename.replace(/\\/g, "/");
    refusedBy.set(file, [
      ...(refusedBy.get(file) ?? []),
      /^'([^']+)'/.exec(d.message)?.[1] ?? d.message,
    ]);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.entries(FILES))("%s", (file, imports) => {
  test("is refused exactly the imports that cross its boundary", () => {
    const expected = imports.filter((i) => i.refused).map((i) => i.from);
    expect((refusedBy.get(file) ?? []).toSorted()).toEqual(expected.toSorted());
  });
});
