import { chromium, type BrowserContext, type Page } from "playwright-core";
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

/** Debian's Chromium; Playwright cannot download its own browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying to reach Google's hosts,
// which this machine's closed network refuses.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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

export async function openStudio(options: { width?: number; height?: number; locale?: string } = {}): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/run, or apt-get install -y chromium`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), "psydesign-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: options.locale ?? "en-US",
  });
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
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join("; ")}`);
    },
  };
}
