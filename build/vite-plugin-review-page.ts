/**
 * review-page.html beside the studio: the review entry built once more as one HTML file, every
 * script (dynamic imports included) and style inlined, so the exported page opens from disk
 * with no network. The studio's "Export review page" fills it with a persona.
 */
import { reactOnPreact } from "./react-on-preact";
import { build, type Plugin, type ResolvedConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { NOTICES_FILE, thirdPartyNoticesPlugins } from "./vite-plugin-third-party-notices";

/** The self-contained review page the studio's "Export review page" fills with a persona. */
const REVIEW_PAGE = "review-page.html";

const text = (source: string | Uint8Array) =>
  typeof source === "string" ? source : new TextDecoder().decode(source);

/**
 * The page with the notices in a comment after its doctype: the page travels alone, so the
 * licences of what it inlines travel inside it.
 */
export function withNotices(html: string, notices: string): string {
  return html.replace(
    /^<!doctype html>/i,
    (doctype) => `${doctype}\n<!--\n${notices.replaceAll("--", "- -")}\n-->`,
  );
}

type BuildOutput = Awaited<ReturnType<typeof build>>;

/** The single-file page out of a build's result: its HTML, with the notices the build wrote beside it. */
export function pageOf(result: BuildOutput): string {
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!("output" in output)) continue;
    const assets = output.output.flatMap((item) => (item.type === "asset" ? [item] : []));
    const html = assets.find((item) => item.fileName.endsWith(".html"));
    const notices = assets.find((item) => item.fileName === NOTICES_FILE);
    if (html !== undefined && notices !== undefined)
      return withNotices(text(html.source), text(notices.source));
  }
  throw new Error("the review page build produced no HTML or no notices");
}

/** Builds the single-file review page. Nothing is written: the HTML comes back as a string. */
async function buildReviewPage(root: string, mode: string): Promise<string> {
  return pageOf(
    await build({
      configFile: false,
      root,
      mode,
      logLevel: "warn",
      publicDir: false,
      // The notices first: the single-file plugin removes the chunks it inlines.
      plugins: [react({ refreshExclude: /./ }), thirdPartyNoticesPlugins().page, viteSingleFile()],
      resolve: { alias: reactOnPreact(root) },
      build: {
        write: false,
        // Never emptied (write is off): a distinct outDir only keeps the main build's dist/ out of reach.
        outDir: path.join(root, "node_modules/.review-page"),
        emptyOutDir: false,
        sourcemap: false,
        rolldownOptions: { input: path.join(root, "review.html") },
      },
    }),
  );
}

/**
 * review-page.html beside the studio: written into dist/ after `vite build`, and served by
 * `vite dev` (built on first request, built again after any source change). `buildPage` is
 * the build itself; tests pass a stand-in.
 */
export function reviewPage(
  buildPage: (root: string, mode: string) => Promise<string> = buildReviewPage,
): Plugin {
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
      const html = await buildPage(config.root, config.mode);
      await writeFile(path.resolve(config.root, config.build.outDir, REVIEW_PAGE), html);
    },
    configureServer(server) {
      server.watcher.on("all", () => {
        cached = undefined;
      });
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== `/${REVIEW_PAGE}`) return next();
        const page = (cached ??= buildPage(config.root, "production"));
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
