/**
 * The shape of src/core, checked rather than described: its files and its folders import one
 * another without cycles. oxlint's import/no-cycle sees file cycles; a folder cycle (compiler
 * reading the meter while the meter reads the compiler) passes it file by file, so this reads
 * the import graph itself. Test files are left out: a test may read two folders to check that
 * they agree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const CORE = dirname(fileURLToPath(import.meta.url));

/** Static imports and re-exports (`import type` included), side-effect imports, `import("…")`. */
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base].find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** Every import between two files of src/core, as paths relative to it ("meter/analyze.ts"). */
function importEdges(): [string, string][] {
  const edges: [string, string][] = [];
  for (const file of sourceFiles(CORE)) {
    const text = readFileSync(file, "utf8");
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1] as string;
        if (!specifier.startsWith(".")) continue;
        const target = resolveSpecifier(file, specifier);
        if (target === undefined || relative(CORE, target).startsWith("..")) continue;
        edges.push([
          relative(CORE, file).split(sep).join("/"),
          relative(CORE, target).split(sep).join("/"),
        ]);
      }
    }
  }
  return edges;
}

/**
 * An import seen at the level where the two paths part: "meter/tone/tone.ts" reading
 * "meter/types.ts" is the edge "meter/tone/" → "meter/types.ts"; "compiler/lint.ts" reading
 * "meter/analyze.ts" is "compiler/" → "meter/". A folder is one unit, the files beside it
 * units of their own, so meter/analyze.ts may read meter/tone/ while meter/tone/ reads
 * meter/types.ts, but no folder may read a folder (or file) that reads it back.
 */
function folderEdge(from: string, to: string): [string, string] | undefined {
  const a = from.split("/");
  const b = to.split("/");
  if (a.slice(0, -1).join("/") === b.slice(0, -1).join("/")) return undefined;
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  const unit = (parts: string[]) =>
    parts.slice(0, i + 1).join("/") + (parts.length > i + 1 ? "/" : "");
  const [x, y] = [unit(a), unit(b)];
  return x === y ? undefined : [x, y];
}

/** A cycle of the graph, as its nodes with the first repeated at the end, or undefined. */
function findCycle(edges: readonly [string, string][]): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const [from, to] of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return undefined;
    path.push(node);
    for (const to of [...(next.get(node) ?? [])].toSorted()) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return undefined;
  };
  for (const node of [...next.keys()].toSorted()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("the import graph of src/core", () => {
  const edges = importEdges();

  test("the scanner reads the imports (a file everyone knows imports what it does)", () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual(["compiler/compile.ts", "persona/schema.ts"]);
  });

  test("folder edges are read where the paths part", () => {
    expect(folderEdge("compiler/lint.ts", "meter/analyze.ts")).toEqual(["compiler/", "meter/"]);
    expect(folderEdge("meter/tone/tone.ts", "meter/types.ts")).toEqual([
      "meter/tone/",
      "meter/types.ts",
    ]);
    expect(folderEdge("meter/analyze.ts", "meter/tone/index.ts")).toEqual([
      "meter/analyze.ts",
      "meter/tone/",
    ]);
    expect(folderEdge("meter/analyze.ts", "meter/types.ts")).toBeUndefined();
    expect(folderEdge("conversation.ts", "persona/schema.ts")).toEqual([
      "conversation.ts",
      "persona/",
    ]);
  });

  test("the cycle finder finds a cycle and only a cycle", () => {
    expect(
      findCycle([
        ["a/", "b/"],
        ["b/", "c/"],
        ["c/", "a/"],
      ]),
    ).toEqual(["a/", "b/", "c/", "a/"]);
    expect(
      findCycle([
        ["a/", "b/"],
        ["a/", "c/"],
        ["b/", "c/"],
      ]),
    ).toBeUndefined();
  });

  test("no cycle between files, type-only imports included", () => {
    expect(findCycle(edges)).toBeUndefined();
  });

  test("a generated table imports nothing, so regenerating it cannot change what it depends on", () => {
    const generated = sourceFiles(CORE).filter((file) => file.split(sep).includes("generated"));
    expect(generated.length).toBeGreaterThanOrEqual(5);
    for (const file of generated)
      expect({ file, imports: readFileSync(file, "utf8").match(/^\s*import\b.*$/gm) }).toEqual({
        file,
        imports: null,
      });
  });

  test("no cycle between folders, at any depth", () => {
    const folderEdges = edges.flatMap(([from, to]) => {
      const edge = folderEdge(from, to);
      return edge ? [edge] : [];
    });
    expect(findCycle(folderEdges)).toBeUndefined();
  });
});
