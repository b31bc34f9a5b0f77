/**
 * The psydesign command, built: one Node ES module, dist/cli.mjs, with every dependency bundled
 * in, so that it runs with no TypeScript loader and no node_modules (`npm run build` writes it
 * after the studio). The package version is written in at build time.
 */
import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import { thirdPartyNotices } from "./build/vite-plugin-third-party-notices";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/** The licences of the packages bundled into the command, beside it (the studio has its own). */
const notices: Plugin = {
  name: "psydesign:cli-third-party-notices",
  apply: "build",
  generateBundle(_options, bundle) {
    const ids = Object.values(bundle).flatMap((item) =>
      item.type === "chunk" ? item.moduleIds : [],
    );
    this.emitFile({
      type: "asset",
      fileName: "cli/THIRD-PARTY-NOTICES.txt",
      source: thirdPartyNotices(ids),
    });
  },
};

export default defineConfig({
  plugins: [notices],
  define: { __PSYDESIGN_VERSION__: JSON.stringify(pkg.version) },
  ssr: { noExternal: true, target: "node" },
  build: {
    ssr: "src/cli/bin.ts",
    outDir: "dist",
    // The studio's build is in dist/ too: only the command's own files are replaced.
    emptyOutDir: false,
    target: "node20",
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        entryFileNames: "cli.mjs",
        chunkFileNames: "cli/[name]-[hash].mjs",
        banner: "#!/usr/bin/env node",
        // Without groups the bundler merges what the commands share into one chunk that the
        // entry imports: every start would parse the meter's word tables.
        codeSplitting: {
          groups: [
            // What every command needs (the persona format and its validation) comes first, so
            // that the groups below hold only what their commands need.
            {
              name: "persona",
              test: /src[\\/]core[\\/](?:persona[\\/]|text[\\/]|review[\\/]|cards[\\/]types\.ts)|node_modules[\\/]zod[\\/]/,
              priority: 2,
            },
            { name: "meter", test: /src[\\/]core[\\/]meter[\\/]/ },
            { name: "rehearsal", test: /src[\\/]core[\\/](?:rehearsal|scenarios)[\\/]/ },
            { name: "compiler", test: /src[\\/]core[\\/](?:compiler|exports)[\\/]/ },
            { name: "cards", test: /src[\\/]core[\\/]cards[\\/]/ },
          ],
        },
      },
    },
  },
});
