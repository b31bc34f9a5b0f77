/**
 * A panel's code that cannot be fetched (a deploy replaced the files, the network dropped)
 * shows a plain message with "Reload" where the panel would be; the rest of the studio and
 * the persona stay, and Reload brings the panel back once its code can be fetched again. A
 * reply whose code cannot be fetched (the offline rehearsal's phrasebook) says so under the
 * reply, not "endpoint unreachable", and a reload writes it once the code can be fetched.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openStudio, type Session } from "./harness/browser";
import { openTab, slider, sliderValue, waitForStudio } from "./harness/studio-page";

// The lazily loaded panels' chunks, by the name Vite gives them from their file.
const CHUNKS = {
  identity: /\/assets\/identity-?panel-[^/]*\.js$/i,
  preview: /\/assets\/preview-?panel-[^/]*\.js$/i,
};
const ENGLISH_PHRASEBOOK = /\/assets\/books-en-[^/]*\.js$/;
const PRESETS = /\/assets\/presets-[^/]*\.js$/;

describe("a panel whose code fails to load", () => {
  let session: Session | undefined;
  afterEach(async () => {
    // The page logs the failed fetch; that is the point of the test, not an uncaught error.
    await session?.context.close();
    session = undefined;
  });

  it.each(["identity", "preview"] as const)(
    "says so in place of the %s panel, keeps the rest and the persona, and reloads",
    async (panel) => {
      session = await openStudio();
      const { page } = session;
      await page.goto(session.url("/?lang=en"));
      await waitForStudio(page);
      await slider(page, "Warmth").focus();
      await page.keyboard.press("End");
      expect(await sliderValue(page, "Warmth")).toBe(100);

      await page.route(CHUNKS[panel], (route) => route.abort());
      await page.reload();
      await waitForStudio(page);
      if (panel === "identity") await openTab(page, "Identity");
      const region =
        panel === "identity"
          ? page.getByRole("region", { name: "Identity and rules" })
          : page.getByRole("complementary", { name: "Preview" });
      const alert = region.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/could not be (loaded|shown)/);
      // The rest of the studio is there, with the persona as it was saved.
      await openTab(page, "Voice");
      expect(await sliderValue(page, "Warmth")).toBe(100);
      await openTab(page, "Prompt");
      await page.getByRole("button", { name: "Copy prompt" }).waitFor();
      expect(await page.getByRole("button", { name: "Copy prompt" }).count()).toBe(1);
      await session.screenshot(`panel-failed-${panel}`);

      await page.unroute(CHUNKS[panel]);
      await openTab(page, panel === "identity" ? "Identity" : "Conversation");
      await alert.getByRole("button", { name: "Reload" }).click();
      await waitForStudio(page);
      if (panel === "identity") {
        await openTab(page, "Identity");
        await page.getByRole("textbox", { name: "Assistant name" }).waitFor();
      } else await page.getByRole("textbox", { name: "Message", exact: true }).waitFor();
      await openTab(page, "Voice");
      expect(await sliderValue(page, "Warmth")).toBe(100);
    },
  );

  it("says a reply's phrasebook could not be loaded, and a reload writes the reply once it can", async () => {
    session = await openStudio();
    const { page } = session;
    let blocked = true;
    await page.route(ENGLISH_PHRASEBOOK, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const turns = page.getByRole("list", { name: "Conversation" }).getByRole("listitem");
    const fault = turns.nth(1).getByText("Part of the studio could not be loaded");
    await fault.waitFor({ timeout: 30_000 });
    expect(await turns.nth(1).textContent()).not.toMatch(/unreachable|CORS/);
    await session.screenshot("reply-failed-unloaded");

    // The browser remembers a module it failed to fetch: the fault offers Reload, not Retry.
    expect(await turns.nth(1).getByRole("button", { name: "Retry" }).count()).toBe(0);
    blocked = false;
    await turns.nth(1).getByRole("button", { name: "Reload" }).click();
    await waitForStudio(page);
    await turns.nth(1).getByText("Done").waitFor({ timeout: 30_000 });
    expect(await fault.count()).toBe(0);
    expect((await turns.nth(1).locator(".pv-text").textContent())?.length).toBeGreaterThan(20);
  });

  it("says a first launch could not load its presets, and a reload opens one once it can", async () => {
    session = await openStudio();
    const { page } = session;
    let blocked = true;
    await page.route(PRESETS, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(session.url("/?lang=fr"));
    const editor = page.getByRole("main", { name: "Éditeur" });
    const alert = editor.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Les modèles n’ont pas pu être chargés");
    expect(await page.getByRole("slider").count()).toBe(0);
    // Said once, where the persona would be, not again in the library.
    expect(await page.getByRole("alert").count()).toBe(1);
    await session.screenshot("presets-failed-fr");

    blocked = false;
    await alert.getByRole("button", { name: "Recharger" }).click();
    await page.getByRole("slider", { name: "Chaleur", exact: true }).waitFor();
    expect(await alert.count()).toBe(0);
  });
});
