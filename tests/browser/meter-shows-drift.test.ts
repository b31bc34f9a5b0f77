import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import { studioSession } from "./harness/studio-page";
import { lastTurn, preview, send, useEndpoint, clearConversation } from "./harness/preview";

const servicePublic = JSON.parse(
  readFileSync(new URL("../../personas/service-public.json", import.meta.url), "utf8"),
) as {
  name: string;
  address: string;
  language: string;
};

describe("the style meter shows a reply that breaks the persona's address form", () => {
  let server: LlmServer;
  beforeAll(async () => {
    server = await startLlmServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const studio = studioSession("/?lang=en");

  it("marks the tu in a reply to a vous persona as a drift, with its evidence and in the summary", async () => {
    expect(servicePublic).toMatchObject({ language: "fr", address: "formal" });
    const { page } = studio.current;
    await page.getByRole("button", { name: `Duplicate to edit: ${servicePublic.name}` }).click();
    await useEndpoint(page, server.url, { apiKey: "sk-test" });
    await clearConversation(page);
    server.setScript(
      () => "Salut ! Tu peux me donner ton numéro de dossier ? Je regarde ça pour toi.",
    );
    await send(page, "Bonjour, où en est ma demande ?");
    const reply = lastTurn(page);
    await reply.getByText("Done").waitFor();

    const meter = reply.getByRole("group", { name: /Style meter/ });
    // One line under the reply (nine chips took more room than the reply); the chips on demand.
    expect(await meter.locator(".pv-meter-line").textContent()).toMatch(/✗ \d+ drifts?: .*Address/);
    const closed = await meter.boundingBox();
    expect(closed!.height).toBeLessThan(48);
    await meter.getByRole("button", { name: "Details" }).click();
    const address = meter.getByRole("button", { name: /Address: tu/ });
    expect(await address.textContent()).toContain("Address: tu · target vous");
    expect(await meter.locator(".pv-meter-ok").count()).toBeGreaterThan(2);
    await address.click();
    const marks = await reply.locator("mark").allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["tu"]));

    const summary = preview(page).getByRole("region", { name: "Across the conversation" });
    // The summary re-reads the replies once the conversation has been still for a moment.
    await expect.poll(() => summary.textContent()).toContain("“tu” used in 1 of 1 replies");
    await studio.current.screenshot("meter-address-drift");
  });
});
