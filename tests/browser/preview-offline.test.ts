import { describe, expect, it } from "vitest";
import { slider, studioSession } from "./harness/studio-page";
import { conversation, lastTurn, preview, send } from "./harness/preview";

describe("a newcomer previews the persona with no key and no network", () => {
  const studio = studioSession("/?lang=en");

  it("chats with the offline rehearsal, labelled as not a language model", async () => {
    const { page } = studio.current;
    // The preview panel is loaded after the first screen.
    await preview(page).getByText("Offline rehearsal — not a language model").waitFor();
    await send(page, "Hello, my internet connection keeps dropping.");
    const reply = lastTurn(page);
    await reply.getByText("Done").waitFor();
    const text = (await reply.textContent()) ?? "";
    expect(text.length).toBeGreaterThan(30);
    expect(await conversation(page).getByRole("listitem").count()).toBe(2);
    await studio.current.screenshot("preview-offline-chat");
  });

  it("replays a scenario live as a slider moves", async () => {
    const { page } = studio.current;
    await preview(page).getByRole("button", { name: "Clear" }).click();
    await preview(page).getByLabel("Scenario", { exact: true }).selectOption({ index: 1 });
    await preview(page).getByRole("switch", { name: "Live replay" }).click();
    expect(await preview(page).getByRole("switch", { name: "Live replay" }).getAttribute("aria-checked")).toBe("true");
    await expect.poll(() => conversation(page).getByRole("listitem").count()).toBeGreaterThan(3);
    await expect.poll(() => lastTurn(page).getByText("Done").count()).toBe(1);
    const before = await conversation(page).textContent();

    const enthusiasm = slider(page, "Enthusiasm");
    await enthusiasm.focus();
    await page.keyboard.press((await enthusiasm.getAttribute("aria-valuenow")) === "100" ? "Home" : "End");
    await expect.poll(() => conversation(page).textContent(), { timeout: 5_000 }).not.toBe(before);
    await expect.poll(() => lastTurn(page).getByText("Done").count()).toBe(1);
    await studio.current.screenshot("preview-live-replay");
  });
});
