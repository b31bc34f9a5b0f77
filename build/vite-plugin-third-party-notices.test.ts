/**
 * The build's licence notices: which package a bundled module comes from, and the text
 * written for real packages of node_modules. The browser tests fetch the file
 * the production build wrote.
 */
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import {
  NOTICES_FILE,
  packageRoot,
  thirdPartyNotices,
  thirdPartyNoticesPlugins,
} from "./vite-plugin-third-party-notices";

const require = createRequire(import.meta.url);
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const SRC = fileURLToPath(new URL("../src/", import.meta.url));
/** Every data notice of ours, wherever the code that holds the data lives. */
const dataNotices = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".NOTICE.txt"))
  .map((file) => path.join(SRC, file));

describe("third-party notices", () => {
  test.each([
    ["/app/node_modules/react/index.js", "/app/node_modules/react"],
    [
      "/app/node_modules/@radix-ui/react-slider/dist/index.mjs",
      "/app/node_modules/@radix-ui/react-slider",
    ],
    [
      "/app/node_modules/a/node_modules/b/lib/x.js?commonjs-module",
      "/app/node_modules/a/node_modules/b",
    ],
    ["\0/app/node_modules/wink-lexicon/src/lexicon.js", "/app/node_modules/wink-lexicon"],
    ["C:\\app\\node_modules\\zod\\index.js", "C:/app/node_modules/zod"],
    ["/app/src/core/meter/analyze.ts", undefined],
    ["/app/node_modules/@scope", undefined],
  ])("%s comes from %s", (id, root) => {
    expect(packageRoot(id)).toBe(root);
  });

  test("one section per package, with its version, licence and licence text, sorted by name", () => {
    const lexicon = require.resolve("wink-lexicon/src/lexicon.js");
    const react = require.resolve("react");
    const text = thirdPartyNotices([lexicon, react, react, path.join(SRC, "main.tsx")]);
    const headings = text.split("\n").filter((line) => / — /.test(line));
    expect(headings).toEqual([
      expect.stringMatching(/^react \d+\.\d+\.\d+ — MIT$/),
      "wink-lexicon 2.2.0 — MIT",
    ]);
    expect(text).toContain("Copyright (c) Meta Platforms, Inc. and affiliates.");
    expect(text).toMatch(/GRAYPE Systems/);
    expect(NOTICES_FILE).toBe("THIRD-PARTY-NOTICES.txt");
    expect(text).not.toContain("GloVe");
  });

  test("each data notice sits beside the module that holds the data", () => {
    expect(dataNotices.length).toBeGreaterThan(0);
    const orphans = dataNotices.filter(
      (notice) => !existsSync(notice.replace(/\.NOTICE\.txt$/, ".ts")),
    );
    expect(orphans).toEqual([]);
  });

  test("a bundled module of derived data brings its notice, once", () => {
    const notice = dataNotices.find((file) => file.endsWith("glove-en.NOTICE.txt"));
    expect(notice).toBeDefined();
    const table = notice!.replace(/\.NOTICE\.txt$/, ".ts");
    const text = thirdPartyNotices([table, `${table}?import`, require.resolve("react")]);
    expect(text.match(/GloVe 6B word vectors/g)).toHaveLength(1);
    expect(text).toContain("Public Domain Dedication and License");
    expect(text).toContain("Copyright (c) 2024  GRAYPE Systems Private Limited");
    expect(text.indexOf("GloVe")).toBeGreaterThan(text.search(/^react /m));
  });

  test("the page's file also lists what its workers bundle, and only chunks count", () => {
    const { page, worker } = thirdPartyNoticesPlugins();
    const lexicon = require.resolve("wink-lexicon/src/lexicon.js");
    for (const plugin of worker()) {
      (plugin.generateBundle as Hook).call(
        {},
        {},
        { "meter-worker.js": { type: "chunk", moduleIds: [lexicon] } },
      );
    }
    const emitted: { type: string; fileName: string; source: string }[] = [];
    const bundle = {
      "index.js": { type: "chunk", moduleIds: [require.resolve("react")] },
      "zod.txt": { type: "asset", moduleIds: [require.resolve("zod")] },
    };
    (page.generateBundle as Hook).call(
      { emitFile: (file: (typeof emitted)[number]) => emitted.push(file) },
      {},
      bundle,
    );
    expect(emitted.map(({ type, fileName }) => ({ type, fileName }))).toEqual([
      { type: "asset", fileName: NOTICES_FILE },
    ]);
    const headings = emitted[0]!.source.split("\n").filter((line) => / — /.test(line));
    expect(headings).toEqual([
      expect.stringMatching(/^react \d+\.\d+\.\d+ — MIT$/),
      "wink-lexicon 2.2.0 — MIT",
    ]);
  });
});
