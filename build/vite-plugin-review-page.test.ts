/**
 * The review page plugin's own parts, without a real build: where the notices go in the page,
 * which asset of a build is the page, when the page is written, and how `vite dev` serves it.
 * The browser tests open the page a real build wrote (tests/browser/review-mode.test.ts).
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { pageOf, reviewPage, withNotices } from "./vite-plugin-review-page";
import { NOTICES_FILE } from "./vite-plugin-third-party-notices";

type Hook = (...args: unknown[]) => unknown;
type Plugin = ReturnType<typeof reviewPage>;
const call = (plugin: Plugin, name: keyof Plugin, ...args: unknown[]) =>
  (plugin[name] as Hook)(...args);

/** A stand-in for the single-file build: counts its calls, answers with what `next` says. */
function fakeBuild(
  next: (call: number) => Promise<string> = (n) => Promise.resolve(`<p>page ${n}</p>`),
) {
  const calls: { root: string; mode: string }[] = [];
  const build = (root: string, mode: string) => {
    calls.push({ root, mode });
    return next(calls.length);
  };
  return { build, calls };
}

const asset = (fileName: string, source: string | Uint8Array) => ({
  type: "asset",
  fileName,
  source,
});
const result = (items: object[]) => ({ output: items }) as unknown as Parameters<typeof pageOf>[0];
const ignore = () => undefined;

/** The plugin on a fake dev server: `get` requests a URL and says how it was answered. */
function devServer(buildPage: ReturnType<typeof fakeBuild>["build"]) {
  const plugin = reviewPage(buildPage);
  let middleware: Hook = ignore;
  let onChange: () => void = ignore;
  call(plugin, "configResolved", {
    command: "serve",
    root: "/app",
    mode: "development",
    build: { outDir: "dist" },
  });
  call(plugin, "configureServer", {
    watcher: { on: (_event: string, listener: () => void) => (onChange = listener) },
    middlewares: { use: (handler: Hook) => (middleware = handler) },
  });
  const get = (url: string) =>
    new Promise<
      | { passed: true; error: unknown }
      | { passed: false; body: string; headers: Record<string, string> }
    >((resolve) => {
      const headers: Record<string, string> = {};
      const res = {
        setHeader: (name: string, value: string) => (headers[name] = value),
        end: (body: string) => resolve({ passed: false, body, headers }),
      };
      middleware({ url }, res, (error?: unknown) => resolve({ passed: true, error }));
    });
  return { get, change: () => onChange() };
}

describe("the notices inside the page", () => {
  test("sit in a comment just after the doctype, whatever its case", () => {
    const page = withNotices("<!DOCTYPE html>\n<html><body>hi</body></html>", "react 19 — MIT");
    expect(page).toBe("<!DOCTYPE html>\n<!--\nreact 19 — MIT\n-->\n<html><body>hi</body></html>");
  });

  test("never close the comment early", () => {
    const page = withNotices("<!doctype html><p>after</p>", "a --> b -- c");
    const comment = page.slice(page.indexOf("<!--") + 4, page.indexOf("-->"));
    expect(comment).toBe("\na - -> b - - c\n");
    expect(page.slice(page.indexOf("-->") + 3)).toBe("<p>after</p>");
  });
});

describe("the page out of a build's result", () => {
  test("is the HTML asset with the notices asset inside it, bytes or text", () => {
    const bytes = new TextEncoder().encode("<!doctype html><main>review</main>");
    const page = pageOf([
      result([{ type: "chunk", fileName: "x.js" }]),
      result([
        asset("review.html", bytes),
        asset(NOTICES_FILE, "zod 4 — MIT"),
        { type: "chunk", fileName: "y.js" },
      ]),
    ] as unknown as Parameters<typeof pageOf>[0]);
    expect(page).toBe("<!doctype html>\n<!--\nzod 4 — MIT\n--><main>review</main>");
  });

  test("is an error when the build wrote no notices (the page must not travel without them)", () => {
    expect(() => pageOf(result([asset("review.html", "<!doctype html>")]))).toThrow(
      /no HTML or no notices/,
    );
  });
});

describe("the page after `vite build`", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const configured = async (
    command: "build" | "serve",
    buildPage: ReturnType<typeof fakeBuild>["build"],
  ) => {
    dir = await mkdtemp(path.join(tmpdir(), "review-page-"));
    const plugin = reviewPage(buildPage);
    call(plugin, "configResolved", {
      command,
      root: dir,
      mode: "production",
      build: { outDir: "dist" },
    });
    return { plugin, out: path.join(dir, "dist", "review-page.html") };
  };

  test("is written beside the studio's pages", async () => {
    const { build, calls } = fakeBuild();
    const { plugin, out } = await configured("build", build);
    await mkdir(path.dirname(out));
    call(plugin, "buildEnd", undefined);
    await call(plugin, "closeBundle");
    expect(calls).toEqual([{ root: dir, mode: "production" }]);
    expect(await readFile(out, "utf8")).toBe("<p>page 1</p>");
  });

  test.each([
    ["the dev server closes", "serve" as const, undefined],
    ["the studio's build failed", "build" as const, new Error("syntax error")],
  ])("is not built when %s", async (_when, command, error) => {
    const { build, calls } = fakeBuild();
    const { plugin } = await configured(command, build);
    call(plugin, "buildEnd", error);
    await call(plugin, "closeBundle");
    expect(calls).toEqual([]);
  });
});

describe("the page under `vite dev`", () => {
  test("leaves every other URL to the next handler", async () => {
    const { build, calls } = fakeBuild();
    const { get } = devServer(build);
    expect(await get("/review.html")).toEqual({ passed: true, error: undefined });
    expect(await get("/review-page.html.map")).toEqual({ passed: true, error: undefined });
    expect(calls).toEqual([]);
  });

  test("builds the page on first request, as in production, and serves it uncached", async () => {
    const { build, calls } = fakeBuild();
    const { get } = devServer(build);
    const first = await get("/review-page.html?v=1");
    expect(first).toEqual({
      passed: false,
      body: "<p>page 1</p>",
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
    expect(calls).toEqual([{ root: "/app", mode: "production" }]);
  });

  test("builds it once until a source file changes, then once again", async () => {
    const { build, calls } = fakeBuild();
    const { get, change } = devServer(build);
    await get("/review-page.html");
    expect(await get("/review-page.html")).toMatchObject({ body: "<p>page 1</p>" });
    expect(calls).toHaveLength(1);
    change();
    expect(await get("/review-page.html")).toMatchObject({ body: "<p>page 2</p>" });
    expect(calls).toHaveLength(2);
  });

  test("passes a failed build on, and tries again on the next request", async () => {
    const failure = new Error("build failed");
    const { build, calls } = fakeBuild((n) =>
      n === 1 ? Promise.reject(failure) : Promise.resolve("<p>fixed</p>"),
    );
    const { get } = devServer(build);
    expect(await get("/review-page.html")).toEqual({ passed: true, error: failure });
    expect(await get("/review-page.html")).toMatchObject({ body: "<p>fixed</p>" });
    expect(calls).toHaveLength(2);
  });
});
