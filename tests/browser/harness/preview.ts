import type { Locator, Page } from "playwright-core";
import { openTab, openTabBeside } from "./studio-page";

/** The preview (App's "Preview" aside: the column of the Conversation, Prompt and Tests tabs). */
/** The preview: a complementary landmark beside the editor, a region of it on a phone. */
export function preview(page: Page): Locator {
  const name = /^(Preview|Aperçu)$/;
  return page.getByRole("complementary", { name }).or(page.getByRole("region", { name }));
}

export function conversation(page: Page): Locator {
  return preview(page).getByRole("list", { name: "Conversation" });
}

/** The last turn of the conversation (usually the assistant's reply). */
export function lastTurn(page: Page): Locator {
  return conversation(page).getByRole("listitem").last();
}

/**
 * An empty conversation, as a designer gets with Live replay off and Clear: the studio opens
 * with the scenario already replayed live.
 */
export async function clearConversation(page: Page): Promise<void> {
  const live = preview(page).getByRole("switch", { name: /^(Live replay|Rejeu en direct)$/ });
  if ((await live.getAttribute("aria-checked")) === "true") await live.click();
  await preview(page)
    .getByRole("button", { name: /^(Clear|Effacer)$/ })
    .click();
  // Playwright's own wait, not vitest's: the benches use this harness outside a test.
  await conversation(page).getByRole("listitem").first().waitFor({ state: "detached" });
}

export async function send(page: Page, text: string): Promise<void> {
  const box = preview(page).getByRole("textbox", { name: "Message", exact: true });
  await box.fill(text);
  await box.press("Enter");
}

/** Points the studio at an OpenAI-compatible endpoint through the Settings dialog. */
export async function useEndpoint(
  page: Page,
  baseURL: string,
  options: {
    model?: string;
    apiKey?: string;
    remember?: boolean;
    firstByteTimeoutS?: number;
    maxTokens?: number;
  } = {},
): Promise<void> {
  // The settings are in the Conversation tab; the tab open before is open again after.
  const previous = await openTabBeside(page, "Conversation");
  await openTab(page, "Conversation");
  await preview(page).getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog");
  await dialog
    .getByRole("radiogroup", { name: "Provider" })
    .getByLabel("OpenAI-compatible endpoint")
    .check();
  await dialog.getByLabel("Base URL").fill(baseURL);
  await dialog.getByLabel("Model").fill(options.model ?? "mock-model");
  await dialog.getByLabel("API key").fill(options.apiKey ?? "");
  await dialog
    .getByLabel("Wait for a first reply (seconds)")
    .fill(String(options.firstByteTimeoutS ?? 20));
  await dialog.getByLabel("Max tokens").fill(String(options.maxTokens ?? 512));
  const remember = dialog.getByLabel("Remember on this device");
  if ((await remember.isChecked()) !== (options.remember ?? false)) await remember.click();
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });
  if (previous && previous !== "Conversation") await openTab(page, previous);
}
