/**
 * An automated accessibility audit (axe-core, WCAG 2.x A and AA rules and best practices) of
 * what a person sees: the studio in both languages, a reply with its meter evidence open,
 * each dialog, the Tests view, and the client's review page. axe finds what can be found mechanically
 * (names, roles, contrast, landmarks); the keyboard tests elsewhere cover the rest.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openStudio, type Session } from "./harness/browser";
import { axeViolations } from "./harness/axe-audit";
import { lastTurn, preview, send } from "./harness/preview";
import { preset, reviewPath, sendReview, ratings } from "./harness/review";
import { openTab, waitForStudio } from "./harness/studio-page";

describe("an accessibility audit (axe-core)", () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it("finds nothing on the studio in English and in French, nor under a reply with its evidence open", async () => {
    session = await openStudio();
    const { page } = session;
    for (const lang of ["en", "fr"]) {
      await page.goto(session.url(`/?lang=${lang}`));
      await waitForStudio(page);
      expect(await axeViolations(page)).toEqual([]);
      // The tabs not open on the first screen are audited too.
      for (const tab of lang === "en" ? ["Identity", "Prompt", "Tests"] : ["Identité", "Prompt"]) {
        await openTab(page, tab);
        await page.getByRole("tabpanel", { name: tab }).getByRole("heading").first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }
      await openTab(page, lang === "en" ? "Voice" : "Voix");
      await openTab(page, "Conversation");
    }
    await send(page, "Bonjour, ma carte ne marche plus depuis hier.");
    await lastTurn(page).getByRole("button", { name: "Détails" }).click();
    const address = lastTurn(page).getByRole("button", { name: /^Adresse/ });
    await address.click();
    await expect(address.getAttribute("aria-expanded")).resolves.toBe("true");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("finds nothing in the Import dialog, the Export menu and the preview settings", async () => {
    session = await openStudio();
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("dialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await page.getByRole("button", { name: /^Export as/ }).click();
    await page.getByRole("menu").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await preview(page).getByRole("button", { name: "Settings" }).click();
    await page.getByRole("dialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("finds nothing in the Tests view after a run, in a result opened, and under the drift charts", async () => {
    session = await openStudio();
    const { page } = session;
    for (const lang of ["fr", "en"]) {
      await page.goto(session.url(`/?lang=${lang}`));
      await waitForStudio(page);
    }
    await openTab(page, "Tests");
    const tests = page.getByRole("region", { name: "Tests" });
    await tests.getByRole("button", { name: "Run tests" }).click();
    await tests.getByRole("status").getByText("Done.").waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await tests.getByRole("table", { name: "Test results" }).getByRole("button").first().click();
    await page.getByRole("dialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await tests.getByRole("spinbutton", { name: "Turns" }).fill("6");
    await tests.getByRole("button", { name: "Run drift" }).click();
    await tests.getByRole("img", { name: /^Address, turn by turn\./ }).waitFor({ timeout: 30_000 });
    await tests.getByText("Address: readings by turn").click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("finds nothing on the client's review page after a rated reply", async () => {
    session = await openStudio();
    const { page } = session;
    await page.goto(session.url(reviewPath(preset("service-public.json"))));
    await sendReview(page, "Bonjour, je voudrais refaire ma carte d'identité.");
    await ratings(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
