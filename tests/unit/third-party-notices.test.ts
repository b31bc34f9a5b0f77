/**
 * The build's licence notices (vite.config.ts): which package a bundled module comes from,
 * and the text written for real packages of node_modules. The browser tests fetch the file
 * the production build wrote.
 */
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { NOTICES_FILE, packageRoot, thirdPartyNotices } from "../../vite.config";

const require = createRequire(import.meta.url);

describe("third-party notices", () => {
  test.each([
    ["/app/node_modules/react/index.js", "/app/node_modules/react"],
    ["/app/node_modules/@radix-ui/react-slider/dist/index.mjs", "/app/node_modules/@radix-ui/react-slider"],
    ["/app/node_modules/a/node_modules/b/lib/x.js?commonjs-module", "/app/node_modules/a/node_modules/b"],
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
    const text = thirdPartyNotices([lexicon, react, react, "/work/src/main.tsx"]);
    const headings = text.split("\n").filter((line) => / — /.test(line));
    expect(headings).toEqual([expect.stringMatching(/^react \d+\.\d+\.\d+ — MIT$/), "wink-lexicon 2.2.0 — MIT"]);
    expect(text).toContain("Copyright (c) Meta Platforms, Inc. and affiliates.");
    expect(text).toMatch(/GRAYPE Systems/);
    expect(NOTICES_FILE).toBe("THIRD-PARTY-NOTICES.txt");
    expect(text).not.toContain("GloVe");
  });

  test("a bundled module of derived data brings its notice, once", () => {
    const table = "/work/src/core/meter/generated/formality-glove-en.ts";
    const text = thirdPartyNotices([table, `${table}?import`, require.resolve("react")]);
    expect(text.match(/GloVe 6B word vectors/g)).toHaveLength(1);
    expect(text).toContain("Public Domain Dedication and License");
    expect(text).toContain("Copyright (c) 2024  GRAYPE Systems Private Limited");
    expect(text.indexOf("GloVe")).toBeGreaterThan(text.search(/^react /m));
  });
});
