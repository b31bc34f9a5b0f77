import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStudio, type Session } from "./harness/browser";
import { ratings, sendReview } from "./harness/review";
import { identityValue, slider, studioSession } from "./harness/studio-page";

async function chooseExport(page: Page, item: string): Promise<void> {
  await page.getByRole("button", { name: /^Export as/ }).click();
  await page.getByRole("menuitem", { name: item, exact: true }).click();
}

/** The round trip a consultant makes: share the persona, the client reviews it, the feedback comes back. */
describe("a consultant shares a persona for review and reads the client's feedback", () => {
  const studio = studioSession("/?lang=en");
  let client: Session;
  let link = "";
  let feedbackFile = "";
  beforeAll(async () => {
    client = await openStudio();
  });
  afterAll(async () => {
    await client?.close();
  });

  it("gets a review link with its length, and the client opens it in a fresh browser with no editor", async () => {
    const { page } = studio.current;
    await chooseExport(page, "Share for review…");
    const dialog = page.getByRole("dialog", { name: "Share for review" });
    // The link gains the id of the version the share saves once IndexedDB has it: wait for it.
    await expect
      .poll(() => dialog.getByLabel("Review link").inputValue())
      .toMatch(/#r1\.[^.]+\.[^.]+$/);
    link = await dialog.getByLabel("Review link").inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/review\.html#r1\./);
    await dialog.getByText(`${link.length.toLocaleString("en")} characters`).waitFor();
    // Served on 127.0.0.1: the consultant is told the client could not open this link.
    const note = dialog.getByRole("note");
    expect(await note.textContent()).toMatch(
      /^This link points to 127\.0\.0\.1:\d+, which only this computer can open.*“Review page \(one HTML file\)”/,
    );
    await studio.current.screenshot("share-for-review");
    await page.keyboard.press("Escape");

    const name = await identityValue(page, "Assistant name");
    await client.page.goto(link);
    await client.page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await client.page.getByRole("slider").count()).toBe(0);
    await sendReview(client.page, "Hello, I cannot log in to my account.");
    const first = ratings(client.page).first();
    await first.waitFor();
    await first.getByRole("button", { name: "Not good", exact: true }).click();
    const [download] = await Promise.all([
      client.page.waitForEvent("download"),
      client.page.getByRole("button", { name: "Download feedback" }).click(),
    ]);
    feedbackFile = path.join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(feedbackFile);
  });

  it("saves the review page as one file that opens from disk and chats offline", async () => {
    const { page } = studio.current;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      chooseExport(page, "Review page (one HTML file)"),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.review\.html$/);
    const file = path.join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    await client.page.goto(pathToFileURL(file).href);
    const name = await identityValue(page, "Assistant name");
    await client.page.getByRole("heading", { level: 1, name }).waitFor();
    await sendReview(client.page, "Thanks for your help!");
    await ratings(client.page).first().waitFor();
  });

  it("imports the feedback beside the version it was given on, after the persona has moved on", async () => {
    const { page } = studio.current;
    await slider(page, "Warmth").focus();
    await page.keyboard.press("End");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("dialog").getByLabel("Choose a file").setInputFiles(feedbackFile);
    const dialog = page.getByRole("dialog", { name: /^Client feedback on/ });
    await dialog.waitFor();
    await dialog.getByText("1 reply reviewed: 0 liked, 1 disliked, 0 comments.").waitFor();
    await dialog.getByText(/has changed since this review/).waitFor();
    await dialog.getByText(/^Warmth: \d+ → 100$/).waitFor();
    await dialog.getByText("Hello, I cannot log in to my account.").waitFor();
    await studio.current.screenshot("feedback-in-studio");
    await dialog
      .getByRole("button", { name: "Open the reviewed version as a new persona" })
      .click();
    await dialog.getByText(/is open\.$/).waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(Number(await slider(page, "Warmth").inputValue())).toBeLessThan(100);
  });

  it("sets the studio's public address: links start with it, and still do after a reload", async () => {
    const { page } = studio.current;
    await chooseExport(page, "Share for review…");
    let dialog = page.getByRole("dialog", { name: "Share for review" });
    const address = dialog.getByRole("textbox", { name: "Studio’s public address (for links)" });
    await address.fill("studio.example.org");
    await address.press("Enter");
    await dialog.getByText(/^Enter an address that starts with http:\/\/ or https:\/\//).waitFor();
    expect(await dialog.getByLabel("Review link").inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:/);

    await address.fill("https://studio.example.org/psydesign/");
    await dialog.getByRole("button", { name: "Use for links" }).click();
    await dialog.getByText("Links now start with https://studio.example.org/psydesign/").waitFor();
    expect(await dialog.getByLabel("Review link").inputValue()).toMatch(
      /^https:\/\/studio\.example\.org\/psydesign\/review\.html#r1\./,
    );
    expect(await dialog.getByRole("note").count()).toBe(0);
    await studio.current.screenshot("share-for-review-public-address");
    await page.keyboard.press("Escape");

    await page.reload();
    await page.getByRole("slider").first().waitFor();
    await chooseExport(page, "Share for review…");
    dialog = page.getByRole("dialog", { name: "Share for review" });
    expect(await dialog.getByLabel("Review link").inputValue()).toMatch(
      /^https:\/\/studio\.example\.org\/psydesign\/review\.html#r1\./,
    );
    // Emptied, links go back to this page's own address (and the warning comes back).
    await dialog.getByRole("textbox", { name: "Studio’s public address (for links)" }).fill("");
    await dialog.getByRole("button", { name: "Use for links" }).click();
    await dialog.getByRole("note").waitFor();
    expect(await dialog.getByLabel("Review link").inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:/);
    await page.keyboard.press("Escape");
  });
});
