import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { presetSummaries } from "./build/vite-plugin-preset-summaries";
import { reactOnPreact } from "./build/react-on-preact";

const ROOT = fileURLToPath(new URL(".", import.meta.url));

// Three projects, one command: pure code in Node, components in jsdom, and the built
// app in real Chromium (the browser project builds and serves it in its global setup).
export default defineConfig({
  plugins: [react({ refreshExclude: /./ }), presetSummaries()],
  resolve: {
    // The ES builds of the Radix helpers: their CommonJS ones require("react") past the aliases.
    mainFields: ["module", "main"],
    alias: [
      ...reactOnPreact(ROOT, "tests/setup/react-for-tests.js"),
      // Its ES build, which Vite can take through the aliases above (the CommonJS one bypasses them).
      {
        find: /^@testing-library\/react$/,
        replacement: `${ROOT}node_modules/@testing-library/react/dist/@testing-library/react.esm.js`,
      },
    ],
  },
  test: {
    globals: false,
    // Through Vite, so that their "react" is Preact too.
    server: {
      deps: {
        inline: [
          /@testing-library\/react/,
          /@radix-ui/,
          /zustand/,
          /react-/,
          /use-/,
          /aria-hidden/,
          /@floating-ui/,
        ],
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts", "build/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["tests/setup/jsdom.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/harness/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
