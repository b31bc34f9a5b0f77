import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { LINKED_DOCS, linkedDocs } from "./vite-plugin-docs";

type Middleware = (
  request: { url?: string },
  response: { setHeader(name: string, value: string): void; end(body: string): void },
  next: () => void,
) => void;

describe("the docs the studio links to", () => {
  test("a build emits each one, word for word, under the name the studio links with", () => {
    const emitted: { fileName: string; source: string }[] = [];
    const plugin = linkedDocs();
    (plugin.generateBundle as (this: unknown) => void).call({
      emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    });
    expect(emitted.map((file) => file.fileName)).toEqual(Object.keys(LINKED_DOCS));
    for (const file of emitted)
      expect(file.source).toBe(readFileSync(LINKED_DOCS[file.fileName] as string, "utf8"));
  });

  test("the development server serves them as plain text, and nothing else", () => {
    let middleware: Middleware | undefined;
    const plugin = linkedDocs();
    (plugin.configureServer as (server: unknown) => void)({
      middlewares: { use: (handler: Middleware) => (middleware = handler) },
    });
    const headers: Record<string, string> = {};
    let body = "";
    let passed = 0;
    const response = {
      setHeader: (name: string, value: string) => (headers[name] = value),
      end: (text: string) => (body = text),
    };
    middleware?.({ url: "/docs/rehearsal.txt?x=1" }, response, () => passed++);
    expect(headers["Content-Type"]).toBe("text/plain; charset=utf-8");
    expect(body).toBe(readFileSync("docs/rehearsal.md", "utf8"));
    for (const url of ["/docs/rehearsal.md", "/docs/../package.json", "/README.md", "/"])
      middleware?.({ url }, response, () => passed++);
    expect(passed).toBe(4);
  });
});
