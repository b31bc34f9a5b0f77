import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { openStudio, type Session } from "./browser";

/** Opens a tab of the workbench ("Prompt", "Identity", "Tests"…), if it is not open yet. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: typeof name === "string" });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/** The tab open in the tab list that holds the tab `name`, to come back to it. */
export async function openTabBeside(page: Page, name: string): Promise<string | null> {
  return page
    .getByRole("tablist")
    .filter({ has: page.getByRole("tab", { name, exact: true }) })
    .getByRole("tab", { selected: true })
    .textContent();
}

/**
 * The compiled prompt as the page shows it: opens the Prompt tab to read it, then the tab
 * that was open before (the conversation, usually) again.
 */
export async function promptText(page: Page): Promise<string> {
  const name = /^(Prompt)$/;
  const previous = await openTabBeside(page, "Prompt");
  // Clicking a tab takes the focus: give it back after, as a slider test keeps pressing keys.
  await page.evaluate(() => document.activeElement?.setAttribute("data-had-focus", ""));
  await openTab(page, name);
  const region = page.getByRole("region", { name: /^(Prompt text|Texte du prompt)$/ });
  const text = (await region.textContent()) ?? "";
  if (previous && previous !== "Prompt") await openTab(page, previous);
  await page.evaluate(() => {
    const had = document.querySelector<HTMLElement>("[data-had-focus]");
    had?.removeAttribute("data-had-focus");
    had?.focus();
  });
  return text;
}

export function slider(page: Page, name: string): Locator {
  return page.getByRole("slider", { name, exact: true });
}

export async function sliderValue(page: Page, name: string): Promise<number> {
  return Number(await slider(page, name).inputValue());
}

/** Waits until the first-launch persona is open, its sliders and the workbench's tabs painted. */
export async function waitForStudio(page: Page): Promise<void> {
  await page.getByRole("slider").first().waitFor();
  await page.getByRole("tab", { name: "Conversation" }).waitFor();
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

/** The value of an identity field (the Identity tab is opened to read it, then the tab before). */
export async function identityValue(page: Page, name: string): Promise<string> {
  const previous = await openTabBeside(page, "Identity");
  await openTab(page, "Identity");
  const value = await page.getByRole("textbox", { name, exact: true }).inputValue();
  if (previous && previous !== "Identity") await openTab(page, previous);
  return value;
}
