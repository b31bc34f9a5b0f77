import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { openStudio, type Session } from "./browser";

/** The compiled prompt as the page shows it. */
export async function promptText(page: Page): Promise<string> {
  return (
    (await page.getByRole("region", { name: /^(Prompt text|Texte du prompt)$/ }).textContent()) ??
    ""
  );
}

export function slider(page: Page, name: string): Locator {
  return page.getByRole("slider", { name, exact: true });
}

export async function sliderValue(page: Page, name: string): Promise<number> {
  return Number(await slider(page, name).getAttribute("aria-valuenow"));
}

/** Waits until the first-launch persona is open and its prompt painted. */
export async function waitForStudio(page: Page): Promise<void> {
  await page.getByRole("slider").first().waitFor();
  await page.getByRole("region", { name: /^(Prompt text|Texte du prompt)$/ }).waitFor();
}

/**
 * One browser for the whole describe block, opened on `path` with the studio ready.
 * Read `.current` inside tests (it is set in beforeAll).
 */
export function studioSession(
  path: string,
  options: Parameters<typeof openStudio>[0] = {},
): { current: Session } {
  const holder = {} as { current: Session };
  beforeAll(async () => {
    holder.current = await openStudio(options);
    await holder.current.page.goto(holder.current.url(path));
    await waitForStudio(holder.current.page);
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
