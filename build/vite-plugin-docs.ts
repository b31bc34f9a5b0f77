/**
 * Serves a few docs beside the studio, so the preview can link to what the offline rehearsal
 * does and does not do: docs/ stays the one source, shown as plain text (no Markdown renderer in
 * the bundle, and a ".txt" name so that every browser and static host shows it instead of
 * offering a download). In development the file is read at each request; a build emits it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

/** The path the studio links to (relative to the page) → the doc in the repository. */
export const LINKED_DOCS: Readonly<Record<string, string>> = {
  "docs/rehearsal.txt": "docs/rehearsal.md",
  "docs/rehearsal-guardrails.txt": "docs/rehearsal-guardrails.md",
};

export function linkedDocs(root = process.cwd()): Plugin {
  const read = (served: string) => readFileSync(resolve(root, LINKED_DOCS[served] ?? ""), "utf8");
  return {
    name: "psydesign-linked-docs",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const served = (request.url ?? "").split("?")[0]?.replace(/^\//, "") ?? "";
        if (!Object.hasOwn(LINKED_DOCS, served)) return next();
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.end(read(served));
      });
    },
    generateBundle() {
      for (const fileName of Object.keys(LINKED_DOCS))
        this.emitFile({ type: "asset", fileName, source: read(fileName) });
    },
  };
}
