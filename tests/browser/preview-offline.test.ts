import { describe, expect, it } from "vitest";
import { openTab, slider, studioSession } from "./harness/studio-page";
import { clearConversation, conversation, lastTurn, preview, send } from "./harness/preview";

describe("a newcomer previews the persona with no key and no network", () => {
  const studio = studioSession("/?lang=en");

  it("chats with the offline rehearsal, labelled as not a language model", async () => {
    const { page } = studio.current;
    // The preview panel is loaded after the first screen.
    await preview(page)
      .getByText(/^Offline rehearsal — voice only, not a language model: it follows your sliders/)
      .waitFor();
    // The link opens the rehearsal's own doc, served beside the studio.
    const href = await preview(page)
      .getByRole("link", { name: "What it does and does not do" })
      .getAttribute("href");
    const doc = await page.request.get(new URL(href ?? "", page.url()).href);
    expect(doc.status()).toBe(200);
    expect(await doc.text()).toMatch(/^# .*rehearsal/im);
    await clearConversation(page);
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
    expect(
      await preview(page).getByRole("switch", { name: "Live replay" }).getAttribute("aria-checked"),
    ).toBe("true");
    await expect.poll(() => conversation(page).getByRole("listitem").count()).toBeGreaterThan(3);
    await expect.poll(() => lastTurn(page).getByText("Done").count()).toBe(1);
    const before = await conversation(page).textContent();

    const enthusiasm = slider(page, "Enthusiasm");
    await enthusiasm.focus();
    await page.keyboard.press((await enthusiasm.inputValue()) === "100" ? "Home" : "End");
    await expect.poll(() => conversation(page).textContent(), { timeout: 5_000 }).not.toBe(before);
    await expect.poll(() => lastTurn(page).getByText("Done").count()).toBe(1);
    await studio.current.screenshot("preview-live-replay");
  });

  it("keeps the conversation in view while the designer scrolls down to the example exchanges", async () => {
    const { page } = studio.current;
    const composer = preview(page).getByRole("textbox", { name: /Message/ });
    await openTab(page, "Identity");
    await page.getByRole("textbox", { name: "Assistant, example 1" }).scrollIntoViewIfNeeded();
    // The editor's column scrolls, not the page: the conversation stays where it was.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await composer.boundingBox();
    const viewport = page.viewportSize();
    expect(box).not.toBeNull();
    expect(viewport).not.toBeNull();
    if (box === null || viewport === null) return;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Typing there still answers, with the examples open beside it.
    await send(page, "Thanks, goodbye.");
    await expect.poll(() => lastTurn(page).getByText("Done").count()).toBe(1);
    expect(await conversation(page).getByRole("listitem").last().isVisible()).toBe(true);
    await studio.current.screenshot("preview-beside-examples");
    await openTab(page, "Voice");
  });
});

describe("a designer writes a scenario of their own", () => {
  const studio = studioSession("/?lang=en");

  it("saves it with the persona, replays it, and finds it again after a reload", async () => {
    const { page } = studio.current;
    const panel = preview(page);
    await panel.getByText("Your scenarios").click();
    await panel.getByLabel("Scenario title").fill("Lost parcel");
    await panel
      .getByLabel("User turns (one per line)")
      .fill("Hello, my parcel never arrived.\nCan you tell me where it is?\nThanks, goodbye.");
    await panel.getByRole("button", { name: "Save scenario" }).click();
    await panel.getByText("Scenario “Lost parcel” saved with the persona.").waitFor();

    const select = panel.getByLabel("Scenario", { exact: true });
    await select.selectOption({ label: "Lost parcel" });
    await panel.getByRole("button", { name: "Replay" }).click();
    await expect.poll(() => conversation(page).getByRole("listitem").count()).toBe(6);
    await expect.poll(() => lastTurn(page).getByText("Done").count()).toBe(1);
    expect(await conversation(page).getByRole("listitem").first().textContent()).toContain(
      "my parcel never arrived",
    );

    await page.reload();
    await preview(page)
      .getByText(/^Offline rehearsal — voice only/)
      .waitFor();
    const options = await preview(page)
      .getByLabel("Scenario", { exact: true })
      .locator("option")
      .allTextContents();
    expect(options).toContain("Lost parcel");
  });
});
