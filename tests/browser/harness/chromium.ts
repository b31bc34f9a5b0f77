import { chromium, type BrowserContext } from "playwright-core";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

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

export interface LaunchOptions {
  width?: number;
  height?: number;
  locale?: string;
}

/** A fresh Chromium profile (user data dir through launchPersistentContext, as Chromium wants). */
export async function launchChromium(
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run .ci/run, or apt-get install -y chromium`,
    );
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), "psydesign-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: options.locale ?? "en-US",
  });
  return {
    context,
    async dispose() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
