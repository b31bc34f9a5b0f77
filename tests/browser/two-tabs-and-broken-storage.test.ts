import { describe, expect, it } from "vitest";
import { openStudio } from "./harness/browser";
import { promptText, slider, sliderValue, waitForStudio } from "./harness/studio-page";

describe("the designer's work survives other tabs and broken storage", () => {
  it("shows in one tab what another tab changed, and says so", async () => {
    const session = await openStudio();
    try {
      const first = session.page;
      await first.goto(session.url("/?lang=en"));
      await waitForStudio(first);
      const second = await session.context.newPage();
      await second.goto(session.url("/?lang=en"));
      await waitForStudio(second);

      await slider(first, "Humor").focus();
      await first.keyboard.press("End");
      await second.getByText("This persona was changed in another tab", { exact: false }).waitFor();
      expect(await sliderValue(second, "Humor")).toBe(100);
      expect(await promptText(second)).toBe(await promptText(first));
      await session.screenshot("two-tabs-notice");

      // The second tab builds on the first tab's version: nothing of it is lost.
      await slider(second, "Warmth").focus();
      await second.keyboard.press("Home");
      await first.reload();
      await waitForStudio(first);
      expect(await sliderValue(first, "Humor")).toBe(100);
      expect(await sliderValue(first, "Warmth")).toBe(0);
    } finally {
      await session.close();
    }
  });

  it("sets unreadable saved data aside, offers it for download, and starts anyway", async () => {
    const session = await openStudio();
    try {
      await session.context.addInitScript(() => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem("psydesign.library", "{this is not json");
          sessionStorage.setItem("seeded", "1");
        }
      });
      const { page } = session;
      await page.goto(session.url("/?lang=en"));
      await waitForStudio(page);
      const alert = page.getByRole("alert").filter({ hasText: "set aside" });
      await alert.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        alert.getByRole("button", { name: "Download set-aside data" }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString("utf8")).toBe("{this is not json");
      await session.screenshot("corrupted-storage");
    } finally {
      await session.close();
    }
  });
});
