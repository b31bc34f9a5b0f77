import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openTab, studioSession } from "./harness/studio-page";
import { lastTurn, preview, send, clearConversation } from "./harness/preview";

const servicePublic = JSON.parse(
  readFileSync(new URL("../../personas/service-public.json", import.meta.url), "utf8"),
) as { name: string; guardrails: { avoidTopics: string[] } };
const legal = servicePublic.guardrails.avoidTopics.find((topic) => topic.startsWith("conseil"));

describe("the offline rehearsal keeps the town hall's guardrails", () => {
  const studio = studioSession("/?lang=en");

  it("declines a legal question with the front desk route, and learns a trigger word", async () => {
    expect(legal).toBeDefined();
    const { page } = studio.current;
    await page.getByRole("button", { name: `Duplicate to edit: ${servicePublic.name}` }).click();
    await clearConversation(page);

    await send(page, "Puis-je poursuivre mon voisin en justice ?");
    const declined = lastTurn(page);
    await declined.getByText("Done").waitFor();
    const text = (await declined.locator(".pv-text").textContent()) ?? "";
    expect(text).toContain("Ce sujet ne relève pas de notre rôle");
    expect(text).toContain("vous orienter vers l'accueil de la mairie");
    expect(text).toMatch(/intelligence artificielle|une IA/);
    expect(text).not.toMatch(/pourriez-vous préciser|en mesure de vous aider/i);

    // Not a legal word of the thesaurus: answered, until the designer adds it to the topic.
    const question = "Mon chien a mordu le facteur, que risque-t-il ?";
    await send(page, question);
    await lastTurn(page).getByText("Done").waitFor();
    const answered = (await lastTurn(page).locator(".pv-text").textContent()) ?? "";
    expect(answered).toContain("votre chien");
    expect(answered).not.toContain("l'accueil de la mairie");
    await openTab(page, "Identity");
    const triggers = page.getByRole("textbox", { name: `Also recognise for “${legal}”` });
    await triggers.click();
    await triggers.press("End");
    await triggers.pressSequentially(", facteur");
    await triggers.press("Enter");
    expect(await triggers.inputValue()).toMatch(/, facteur$/);

    await send(page, question);
    const after = lastTurn(page);
    await after.getByText("Done").waitFor();
    // Declined now, in other words than the first refusal (no sentence is said twice running).
    const declinedAgain = (await after.locator(".pv-text").textContent()) ?? "";
    expect(declinedAgain).toContain("vous orienter vers l'accueil de la mairie");
    expect(declinedAgain).toMatch(/sujet/);
    expect(declinedAgain).not.toContain("votre chien");
    await studio.current.screenshot("rehearsal-town-hall-guardrails");
    // The conversation alone, readable at full size, scrolled to the refusal.
    await after.scrollIntoViewIfNeeded();
    await preview(page).screenshot({
      path: "test-artifacts/screenshots/rehearsal-town-hall-preview.png",
    });
  });
});
