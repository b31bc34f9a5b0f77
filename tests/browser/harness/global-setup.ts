import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { fileURLToPath } from "node:url";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = fileURLToPath(new URL("../../..", import.meta.url));
let server: PreviewServer | undefined;

// The browser tests run against the production build, served on 127.0.0.1 by vite preview,
// so what they exercise is what a user gets from `npm run build`.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ root, logLevel: "warn", build: { outDir: "dist" } });
  server = await preview({
    root,
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("baseURL", url);
  return async () => {
    await server?.close();
  };
}
