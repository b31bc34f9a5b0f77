import type { BrowserContext, Page } from "playwright-core";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { launchChromium, type LaunchOptions } from "./chromium";

export const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts", import.meta.url));

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Absolute URL of a path in the app under test, e.g. url("/?lang=en"). */
  url(pathname?: string): string;
  /** Saves a full-page PNG under test-artifacts/screenshots and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openStudio(options: LaunchOptions = {}): Promise<Session> {
  const { context, dispose } = await launchChromium(options);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const base = inject("baseURL");
  return {
    context,
    page,
    url: (pathname = "/") => new URL(pathname, base).href,
    async screenshot(name) {
      const dir = path.join(ARTIFACTS, "screenshots");
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await dispose();
      if (pageErrors.length > 0)
        throw new Error(`uncaught errors in the page: ${pageErrors.join("; ")}`);
    },
  };
}
