import { defineConfig, build, type Plugin, type ResolvedConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL(".", import.meta.url));
/** The self-contained review page the studio's "Export review page" fills with a persona. */
const REVIEW_PAGE = "review-page.html";

/**
 * The review entry built once more as one HTML file, every script (dynamic imports included)
 * and style inlined, so the exported page opens from disk with no network. Nothing is written:
 * the HTML comes back as a string.
 */
async function buildReviewPage(root: string, mode: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    mode,
    logLevel: "warn",
    publicDir: false,
    plugins: [react(), viteSingleFile()],
    build: {
      write: false,
      // Never emptied (write is off): a distinct outDir only keeps the main build's dist/ out of reach.
      outDir: path.join(root, "node_modules/.review-page"),
      emptyOutDir: false,
      sourcemap: false,
      rolldownOptions: { input: path.join(root, "review.html") },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!("output" in output)) continue;
    for (const item of output.output) {
      if (item.type === "asset" && item.fileName.endsWith(".html")) {
        return typeof item.source === "string" ? item.source : new TextDecoder().decode(item.source);
      }
    }
  }
  throw new Error("the review page build produced no HTML");
}

/**
 * review-page.html beside the studio: written into dist/ after `vite build`, and served by
 * `vite dev` (built on first request, built again after any source change).
 */
function reviewPage(): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  let cached: Promise<string> | undefined;
  return {
    name: "psydesign:review-page",
    configResolved(resolved) {
      config = resolved;
    },
    buildEnd(error) {
      failed = error !== undefined;
    },
    async closeBundle() {
      // Also called when the dev server closes, and after a failed build: nothing to write then.
      if (config.command !== "build" || failed) return;
      const html = await buildReviewPage(config.root, config.mode);
      await writeFile(path.resolve(config.root, config.build.outDir, REVIEW_PAGE), html);
    },
    configureServer(server) {
      server.watcher.on("all", () => {
        cached = undefined;
      });
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== `/${REVIEW_PAGE}`) return next();
        const page = (cached ??= buildReviewPage(config.root, "production"));
        page.then(
          (html) => {
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.setHeader("Cache-Control", "no-store");
            res.end(html);
          },
          (error: unknown) => {
            if (cached === page) cached = undefined;
            next(error);
          },
        );
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), reviewPage()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: {
    sourcemap: true,
    // Two pages: the studio, and the client's review mode (which loads none of the editor).
    rolldownOptions: { input: { index: path.join(ROOT, "index.html"), review: path.join(ROOT, "review.html") } },
  },
});
