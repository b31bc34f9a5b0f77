/**
 * A designer charts drift over a long conversation: the test server's simulated model follows
 * the persona's prompt, then says "tu" from turn 8 on (`drifts-to-tu:7`) to a persona that
 * says "vous". The chart marks turn 8 and says it in words, in English and in French.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import { FAITHFUL, parseBehaviour } from "../llm-server/sim/behaviour";
import { ARTIFACTS } from "./harness/browser";
import { useEndpoint } from "./harness/preview";
import { openTab, studioSession, waitForStudio } from "./harness/studio-page";

const DRIFT_AT = 8;
const DRIFTING = parseBehaviour(`drifts-to-tu:${DRIFT_AT - 1}`);

/** The Tests view alone: the whole studio is several screens tall. */
async function shot(page: Page, name: string): Promise<void> {
  await testsView(page).screenshot({ path: path.join(ARTIFACTS, "screenshots", `${name}.png`) });
}

const testsView = (page: Page): Locator => page.getByRole("region", { name: "Tests" });

describe("a designer charts the persona's drift", () => {
  let server: LlmServer;
  beforeAll(async () => {
    server = await startLlmServer();
    server.setMode({
      kind: "model",
      behaviour: (model) => (model === "drifting-model" ? DRIFTING : FAITHFUL),
    });
  });
  afterAll(async () => {
    await server.close();
  });
  const studio = studioSession("/?lang=fr");
  beforeAll(async () => {
    const { page } = studio.current;
    await page.goto(studio.current.url("/?lang=en"));
    await waitForStudio(page);
    await openTab(page, "Tests");
  });

  it("marks the turn the address switches to tu, on the chart and in words", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { model: "drifting-model" });
    const view = testsView(page);
    await view.getByRole("spinbutton", { name: "Turns" }).fill("14");
    await view
      .getByRole("combobox", { name: "Target" })
      .selectOption({ label: `drifting-model at ${new URL(server.url).host}` });
    await view.getByRole("button", { name: "Run drift" }).click();
    const address = view.getByRole("img", {
      name: `Address, turn by turn. Address switches to tu at turn ${DRIFT_AT}`,
    });
    await address.waitFor({ timeout: 30_000 });
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(14);
    const chart = address.locator("xpath=ancestor::figure");
    expect(await chart.locator("circle").count()).toBe(14);
    expect(await chart.locator(".tt-chart-drift text").textContent()).toBe(String(DRIFT_AT));
    await chart.getByText("Address: readings by turn").click();
    const rows = chart.getByRole("table").getByRole("row");
    // The table mounts when the disclosure opens.
    await rows.last().waitFor();
    expect(await rows.count()).toBe(15);
    expect(await rows.nth(DRIFT_AT).textContent()).toBe(`${DRIFT_AT}tuno`);
    expect(await rows.nth(1).textContent()).toBe("1vousyes");
    await chart.scrollIntoViewIfNeeded();
    await shot(page, "persona-tests-drift-en");
  });

  it("says it in French: l’adresse passe au tutoiement", async () => {
    const { page } = studio.current;
    await page.goto(studio.current.url("/?lang=fr"));
    await waitForStudio(page);
    await openTab(page, "Tests");
    const view = testsView(page);
    // The drift result outlives the reload only in memory: run it again, in French.
    await view.getByRole("spinbutton", { name: "Tours" }).fill("10");
    await view
      .getByRole("combobox", { name: "Cible" })
      .selectOption({ label: `drifting-model sur ${new URL(server.url).host}` });
    await view.getByRole("button", { name: "Mesurer la dérive" }).click();
    const chart = view.getByRole("img", {
      name: `Adresse, tour par tour. L’adresse passe au tutoiement au tour ${DRIFT_AT}`,
    });
    await chart.waitFor({ timeout: 30_000 });
    expect(await view.getByRole("status").last().textContent()).toContain(
      `L’adresse passe au tutoiement au tour ${DRIFT_AT}`,
    );
    await chart.scrollIntoViewIfNeeded();
    await shot(page, "persona-tests-drift-fr");
  });
});
