import { defineConfig, build, type Plugin, type ResolvedConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
    // The notices first: the single-file plugin removes the chunks it inlines.
    plugins: [react(), thirdPartyNoticesPlugins().page, viteSingleFile()],
    build: {
      write: false,
      // Never emptied (write is off): a distinct outDir only keeps the main build's dist/ out of reach.
      outDir: path.join(root, "node_modules/.review-page"),
      emptyOutDir: false,
      sourcemap: false,
      rolldownOptions: { input: path.join(root, "review.html") },
    },
  });
  const text = (source: string | Uint8Array) => (typeof source === "string" ? source : new TextDecoder().decode(source));
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!("output" in output)) continue;
    const assets = output.output.flatMap((item) => (item.type === "asset" ? [item] : []));
    const html = assets.find((item) => item.fileName.endsWith(".html"));
    const notices = assets.find((item) => item.fileName === NOTICES_FILE);
    if (html === undefined || notices === undefined) continue;
    // The page travels alone, so the licences of what it inlines travel inside it.
    return text(html.source).replace(/^<!doctype html>/i, (doctype) => `${doctype}\n<!--\n${text(notices.source).replaceAll("--", "- -")}\n-->`);
  }
  throw new Error("the review page build produced no HTML or no notices");
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

/**
 * The licences of the npm packages a build bundles, as one text file beside the studio
 * (dist/THIRD-PARTY-NOTICES.txt). Minifiers drop licence headers written as plain comments, and
 * the MIT, ISC and BSD licences ask for their notice in every copy: this file carries them.
 * rollup-plugin-license targets Rollup's hooks; the studio builds with Rolldown, and the
 * list below needs only each chunk's module ids.
 */
export const NOTICES_FILE = "THIRD-PARTY-NOTICES.txt";

/** A module id as a file path: forward slashes, no virtual-module "\0" mark, no query. */
function moduleFile(moduleId: string): string {
  return moduleId.replace(/\\/g, "/").replace(/^\0/, "").split("?")[0] as string;
}

/** A package's folder from a module id inside node_modules ("…/node_modules/@scope/name/x.js"), or undefined. */
export function packageRoot(moduleId: string): string | undefined {
  const id = moduleFile(moduleId);
  const at = id.lastIndexOf("/node_modules/");
  if (at < 0) return undefined;
  const rest = id.slice(at + "/node_modules/".length).split("/");
  const depth = rest[0]?.startsWith("@") ? 2 : 1;
  if (rest.length <= depth) return undefined;
  return id.slice(0, at + "/node_modules/".length) + rest.slice(0, depth).join("/");
}

interface PackageNotice {
  name: string;
  version: string;
  license: string;
  text: string | undefined;
}

const LICENSE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i;

function readNotice(root: string): PackageNotice | undefined {
  const manifest = path.join(root, "package.json");
  if (!existsSync(manifest)) return undefined;
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string; license?: string };
  const file = readdirSync(root).find((name) => LICENSE_FILE.test(name));
  return {
    name: pkg.name ?? path.basename(root),
    version: pkg.version ?? "?",
    license: pkg.license ?? "see the package",
    text: file === undefined ? undefined : readFileSync(path.join(root, file), "utf8").trim(),
  };
}

/** Modules of ours that hold data derived from others' works, and the notice each needs. */
const DATA_NOTICES = [{ module: "/src/core/meter/generated/formality-glove-en.ts", notice: "src/core/meter/generated/formality-glove-en.NOTICE.txt" }];

/** The notices text for some bundled module ids: one section per package, sorted by name, then the data notices. */
export function thirdPartyNotices(moduleIds: Iterable<string>): string {
  const roots = new Set<string>();
  const data = new Set<string>();
  for (const id of moduleIds) {
    const root = packageRoot(id);
    if (root !== undefined) roots.add(root);
    for (const { module, notice } of DATA_NOTICES) if (moduleFile(id).endsWith(module)) data.add(notice);
  }
  const notices = [...roots].flatMap((root) => readNotice(root) ?? []);
  const byName = new Map(notices.map((n) => [`${n.name}@${n.version}`, n]));
  const sections = [...byName.values()]
    .toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((n) => [`${n.name} ${n.version} — ${n.license}`, "", n.text ?? "(no licence file in the package)"].join("\n"));
  return [
    "Psydesign Studio bundles the following npm packages. Their licences and notices follow.",
    "",
    ...sections.flatMap((section) => ["=".repeat(72), section, ""]),
    ...(data.size === 0 ? [] : ["It also holds data derived from the following works.", ""]),
    ...[...data].flatMap((notice) => ["=".repeat(72), readFileSync(path.join(ROOT, notice), "utf8").trim(), ""]),
  ].join("\n");
}

/**
 * Writes THIRD-PARTY-NOTICES.txt for the packages in the build's chunks. Workers are bundled
 * in builds of their own, before the page's bundle is written: `worker` (for Vite's
 * worker.plugins) records their module ids, and `page` adds them to its own.
 */
export function thirdPartyNoticesPlugins(): { page: Plugin; worker: () => Plugin[] } {
  const workerIds = new Set<string>();
  const chunkIds = (bundle: Record<string, { type: string; moduleIds?: readonly string[] }>) =>
    Object.values(bundle).flatMap((item) => (item.type === "chunk" ? (item.moduleIds ?? []) : []));
  return {
    page: {
      name: "psydesign:third-party-notices",
      apply: "build",
      generateBundle(_options, bundle) {
        this.emitFile({ type: "asset", fileName: NOTICES_FILE, source: thirdPartyNotices([...chunkIds(bundle), ...workerIds]) });
      },
    },
    worker: () => [
      {
        name: "psydesign:third-party-notices-worker",
        apply: "build",
        generateBundle(_options, bundle) {
          for (const id of chunkIds(bundle)) workerIds.add(id);
        },
      },
    ],
  };
}

const notices = thirdPartyNoticesPlugins();

export default defineConfig({
  plugins: [react(), reviewPage(), notices.page],
  worker: { plugins: notices.worker },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: {
    sourcemap: true,
    // The meter's chunk (loaded only when a reply is measured) holds its word tables, the GloVe word
    // scores among them: about 590 kB minified, 225 kB gzip. Nothing else comes near 500 kB.
    chunkSizeWarningLimit: 650,
    // Two pages: the studio, and the client's review mode (which loads none of the editor).
    rolldownOptions: { input: { index: path.join(ROOT, "index.html"), review: path.join(ROOT, "review.html") } },
  },
});
