/**
 * The licences of the npm packages a build bundles, as one text file beside the studio
 * (dist/THIRD-PARTY-NOTICES.txt). Minifiers drop licence headers written as plain comments, and
 * the MIT, ISC and BSD licences ask for their notice in every copy: this file carries them.
 * rollup-plugin-license targets Rollup's hooks; the studio builds with Rolldown, and the
 * list below needs only each chunk's module ids.
 */
import type { Plugin } from "vite";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

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
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
    name?: string;
    version?: string;
    license?: string;
  };
  const file = readdirSync(root).find((name) => LICENSE_FILE.test(name));
  return {
    name: pkg.name ?? path.basename(root),
    version: pkg.version ?? "?",
    license: pkg.license ?? "see the package",
    text: file === undefined ? undefined : readFileSync(path.join(root, file), "utf8").trim(),
  };
}

/**
 * The notice of a module of ours that holds data derived from others' works: a file beside it,
 * named after it (formality-glove-en.ts, formality-glove-en.NOTICE.txt). Found by looking, not
 * listed here, so it follows its module when both move.
 */
function dataNotice(moduleId: string): string | undefined {
  const file = moduleFile(moduleId);
  if (!path.isAbsolute(file) || packageRoot(file) !== undefined) return undefined;
  const notice = file.replace(/\.[cm]?[jt]sx?$/, ".NOTICE.txt");
  return notice !== file && existsSync(notice) ? notice : undefined;
}

/** The notices text for some bundled module ids: one section per package, sorted by name, then the data notices. */
export function thirdPartyNotices(moduleIds: Iterable<string>): string {
  const roots = new Set<string>();
  const data = new Set<string>();
  for (const id of moduleIds) {
    const root = packageRoot(id);
    if (root !== undefined) roots.add(root);
    const notice = dataNotice(id);
    if (notice !== undefined) data.add(notice);
  }
  const notices = [...roots].flatMap((root) => readNotice(root) ?? []);
  const byName = new Map(notices.map((n) => [`${n.name}@${n.version}`, n]));
  const sections = [...byName.values()]
    .toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((n) =>
      [
        `${n.name} ${n.version} — ${n.license}`,
        "",
        n.text ?? "(no licence file in the package)",
      ].join("\n"),
    );
  return [
    "Psydesign Studio bundles the following npm packages. Their licences and notices follow.",
    "",
    ...sections.flatMap((section) => ["=".repeat(72), section, ""]),
    ...(data.size === 0 ? [] : ["It also holds data derived from the following works.", ""]),
    ...[...data].flatMap((notice) => ["=".repeat(72), readFileSync(notice, "utf8").trim(), ""]),
  ].join("\n");
}

/** The module ids of a bundle's chunks (its assets have none). */
const chunkIds = (bundle: Record<string, { type: string; moduleIds?: readonly string[] }>) =>
  Object.values(bundle).flatMap((item) => (item.type === "chunk" ? (item.moduleIds ?? []) : []));

/**
 * Writes THIRD-PARTY-NOTICES.txt for the packages in the build's chunks. Workers are bundled
 * in builds of their own, before the page's bundle is written: `worker` (for Vite's
 * worker.plugins) records their module ids, and `page` adds them to its own.
 */
export function thirdPartyNoticesPlugins(): { page: Plugin; worker: () => Plugin[] } {
  const workerIds = new Set<string>();
  return {
    page: {
      name: "psydesign:third-party-notices",
      apply: "build",
      generateBundle(_options, bundle) {
        this.emitFile({
          type: "asset",
          fileName: NOTICES_FILE,
          source: thirdPartyNotices([...chunkIds(bundle), ...workerIds]),
        });
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
