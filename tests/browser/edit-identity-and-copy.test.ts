import { describe, expect, it } from "vitest";
import { openTab, promptText, studioSession } from "./harness/studio-page";

describe("a designer writes the persona's identity and rules", () => {
  const studio = studioSession("/?lang=fr");

  it("sees the assistant's name, a word to avoid and the address form land in the prompt", async () => {
    const { page } = studio.current;
    await openTab(page, "Identité");
    const identity = page.getByRole("region", { name: "Identité et règles" });
    await identity.scrollIntoViewIfNeeded();
    const name = identity.getByLabel("Nom de l’assistant", { exact: true });
    await name.fill("Mireille");
    await name.blur();
    expect(await promptText(page)).toContain("Mireille");

    await identity.getByLabel("Nouveau mot à éviter").fill("malheureusement");
    await identity.getByLabel("Nouveau mot à éviter").press("Enter");
    expect(await identity.getByRole("button", { name: /malheureusement/ }).count()).toBe(1);
    expect(await promptText(page)).toContain("« malheureusement »");

    const before = await promptText(page);
    await openTab(page, "Voix");
    const address = page.getByRole("radiogroup", { name: "Adresse" });
    const informal = address.getByLabel("Tutoiement");
    const wasInformal = await informal.isChecked();
    await (wasInformal ? address.getByLabel("Vouvoiement") : informal).check();
    const after = await promptText(page);
    expect(after).not.toBe(before);
    expect(after).toContain(wasInformal ? "vouvoiement" : "tutoiement");
    await studio.current.screenshot("identity-edited-fr");

    // Undo walks back through each of these edits.
    await page.getByRole("button", { name: "Annuler", exact: true }).click();
    expect(await promptText(page)).toBe(before);
  });

  it("copies the exact prompt to the clipboard", async () => {
    const { page, context } = studio.current;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(studio.current.url()).origin,
    });
    await openTab(page, "Prompt");
    await page.getByRole("button", { name: "Copier le prompt" }).click();
    await page.getByText("Prompt copié dans le presse-papiers.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await promptText(page));
  });
});
