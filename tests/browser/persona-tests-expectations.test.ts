/**
 * A designer writes a scenario of their own, adds expectations to its turns in the preview,
 * and runs the persona tests offline: "hands over" holds on the request for a person; a
 * "mentions" the rehearsal cannot meet fails that turn, named in the result; removing it makes
 * the turn pass again.
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./harness/browser";
import { openTab, studioSession } from "./harness/studio-page";

const testsView = (page: Page) => page.getByRole("region", { name: "Tests" });
const preview = (page: Page) => page.getByRole("complementary", { name: "Preview" });

async function runTests(page: Page): Promise<void> {
  await openTab(page, "Tests");
  const view = testsView(page);
  await view.getByRole("button", { name: "Run tests" }).click();
  await view.getByRole("status").getByText("Done.").waitFor({ timeout: 45_000 });
}

const rowOf = (page: Page, title: string, turn: number) =>
  testsView(page)
    .getByRole("table", { name: "Test results" })
    .getByRole("row")
    .filter({ hasText: `${title}, turn ${turn}` });

const cellOf = (page: Page, turn: number) =>
  rowOf(page, "Parcel", turn).getByRole("cell").last().textContent();

describe("a designer's own expectations", () => {
  const studio = studioSession("/?lang=en");

  it("are added per turn, held by the tests, and removed", async () => {
    const { page } = studio.current;
    const pane = preview(page);
    await pane.getByText("Your scenarios").click();
    await pane.getByRole("textbox", { name: "Scenario title" }).fill("Parcel");
    await pane
      .getByRole("textbox", { name: "User turns (one per line)" })
      .fill("Where is my parcel?\nCan I talk to a person?");
    await pane.getByRole("button", { name: "Save scenario" }).click();
    await pane.getByText(/^Expectations for “Parcel”/).click();

    // Turn 2 asks for a person: the rehearsal hands over, so that expectation holds; a
    // mention of "unicorn" it cannot meet, and that alone fails the turn until it is removed.
    const turn2 = pane.getByRole("group", { name: "Turn 2: “Can I talk to a person?”" });
    await turn2
      .getByRole("combobox", { name: "Check" })
      .selectOption({ label: "Hands over (gives the escalation route)" });
    await turn2.getByRole("button", { name: "Add expectation" }).click();
    await turn2.getByText("Added to turn 2: hands over.").waitFor();
    await runTests(page);
    expect(await cellOf(page, 2)).toBe("✓ Pass");

    await openTab(page, "Conversation");
    await turn2.getByRole("combobox", { name: "Check" }).selectOption({ label: "Mentions" });
    await turn2.getByRole("textbox", { name: /Text, or/ }).fill("/unicorn/i");
    await turn2.getByRole("button", { name: "Add expectation" }).click();
    await pane.getByText(/^Expectations for “Parcel” \(2\)$/).waitFor();
    await pane.screenshot({ path: path.join(ARTIFACTS, "screenshots", "expectations-editor.png") });
    await openTab(page, "Tests");
    await testsView(page).getByRole("button", { name: "Run tests" }).click();
    // "Done." is already on screen from the first run: wait for the cell itself.
    await expect.poll(() => cellOf(page, 2), { timeout: 45_000 }).toBe("✗ Fail");
    await rowOf(page, "Parcel", 2).getByRole("button").click();
    const failed = page.getByRole("dialog").getByRole("listitem").filter({ hasText: /^✗ / });
    expect(await failed.allTextContents()).toEqual([
      "✗ Mentions — expected mentions /unicorn/i / found not in the reply",
    ]);
    await page.keyboard.press("Escape");

    await openTab(page, "Conversation");
    await turn2.getByRole("button", { name: "Remove expectation: mentions “/unicorn/i”" }).click();
    await openTab(page, "Tests");
    await testsView(page).getByRole("button", { name: "Run tests" }).click();
    await expect.poll(() => cellOf(page, 2), { timeout: 45_000 }).toBe("✓ Pass");
  });
});
