/**
 * A conversation long enough to be drawn virtually (60 turns and more): the list keeps its
 * length for screen readers, draws the turns near the view, and a reply scrolled out of view
 * and back keeps what the designer had opened under it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openStudio, type Session } from "./harness/browser";
import { waitForStudio } from "./harness/studio-page";
import { clearConversation, conversation, lastTurn, send } from "./harness/preview";

const MESSAGES = 31;

describe("a long conversation", () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it(
    "is drawn near the view, and a reply keeps its opened detail when scrolled away and back",
    {
      timeout: 180_000,
    },
    async () => {
      session = await openStudio({ width: 1280, height: 720 });
      const { page } = session;
      await page.goto(session.url("/?lang=en"));
      await waitForStudio(page);
      await clearConversation(page);
      for (let i = 1; i <= MESSAGES; i++) {
        await send(page, `Question ${i}: how do I reset my router?`);
        await expect.poll(() => conversation(page).getAttribute("data-turns")).toBe(String(2 * i));
        const reply =
          2 * i < 60 ? lastTurn(page) : conversation(page).locator(`li[aria-posinset="${2 * i}"]`);
        // Past 60 turns the list's last items are spacers: the reply is found by its place, and
        // only if the list followed it to the end (it once jumped to the top at 60 turns).
        await reply.getByText("Done").waitFor({ timeout: 20_000 });
      }
      const list = conversation(page);
      const total = 2 * MESSAGES;
      const drawn = list.getByRole("listitem");
      await expect.poll(() => drawn.count()).toBeLessThan(total);
      expect(await drawn.first().getAttribute("aria-setsize")).toBe(String(total));

      const last = list.locator(`li[aria-posinset="${total}"]`);
      const details = last.getByRole("button", { name: "Details" });
      await details.click();
      expect(await details.getAttribute("aria-expanded")).toBe("true");

      await list.evaluate((el) => el.scrollTo({ top: 0 }));
      await last.waitFor({ state: "detached" });
      await list.locator('li[aria-posinset="1"]').waitFor();
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await last.waitFor();
      expect(
        await last.getByRole("button", { name: "Details" }).getAttribute("aria-expanded"),
      ).toBe("true");
      await session.screenshot("long-conversation-1280");
    },
  );
});
