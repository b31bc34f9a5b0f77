import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Request } from "playwright-core";
import { restoreFeedbackText } from "../../src/core/review/feedback";
import { reviewPageHtml } from "../../src/core/review/review-page";
import { encodeReviewFragment } from "../../src/core/review/share-link";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import { openStudio, type Session } from "./harness/browser";
import {
  DIST,
  loadedScripts,
  preset,
  ratings,
  reviewConversation,
  reviewPath,
  sendReview,
} from "./harness/review";

// Strings only the editor (its messages, its class names), the prompt view
// and the library carry: none may reach the client. (The compiler does, on purpose: an
// endpoint gets the persona's system prompt.)
const EDITOR_MARKERS = [
  "Informal (tu / first names)",
  "ed-panel",
  "ed-slider-input",
  "Copy prompt",
  "Duplicate one to edit your own copy",
];

/** One fresh browser (no studio ever opened in it) per describe block. */
function clientSession(): { current: Session; requests: Request[] } {
  const holder = { requests: [] as Request[] } as { current: Session; requests: Request[] };
  beforeAll(async () => {
    holder.current = await openStudio();
    holder.current.page.on("request", (request) => holder.requests.push(request));
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

describe("a client opens a review link", () => {
  const persona = preset("service-public.json");
  const client = clientSession();
  let llm: LlmServer;
  beforeAll(async () => {
    llm = await startLlmServer({ chunkDelayMs: 2 });
  });
  afterAll(async () => {
    await llm.close();
  });

  it("chats with the offline rehearsal, in French, with no editor on the page or in the network", async () => {
    const { page, url } = client.current;
    await page.goto(url(reviewPath(persona)));
    await page.getByRole("heading", { level: 1, name: persona.identity.assistantName }).waitFor();
    await page.getByText("la répétition hors ligne", { exact: true }).waitFor();
    await sendReview(page, "Bonjour, je voudrais refaire ma carte d'identité.");
    await ratings(page).first().waitFor();
    expect(
      (await reviewConversation(page).getByRole("listitem").last().textContent())?.length,
    ).toBeGreaterThan(40);

    expect(await page.getByRole("slider").count()).toBe(0);
    expect(
      await page.getByRole("region", { name: /^(System prompt|Prompt système)$/ }).count(),
    ).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");

    const studioEntry = /src="\/(assets\/index-[^"]+\.js)"/.exec(
      await readFile(path.join(DIST, "index.html"), "utf8"),
    )?.[1];
    expect(studioEntry).toBeDefined();
    const scripts = await loadedScripts(page);
    expect(scripts.some((s) => s.startsWith("assets/review-"))).toBe(true);
    expect(scripts).not.toContain(studioEntry);
    expect(
      scripts.filter((s) => /(^|\/)(IdentityPanel|PreviewPanel|LibraryPanel|PromptPanel)-/.test(s)),
    ).toEqual([]);
    for (const script of scripts) {
      const code = await readFile(path.join(DIST, script), "utf8");
      for (const marker of EDITOR_MARKERS)
        expect(code.includes(marker), `${script} holds "${marker}"`).toBe(false);
    }
    // The markers are real: each is somewhere in the studio's own scripts.
    const studioCode = await Promise.all(
      (await readdir(path.join(DIST, "assets")))
        .filter((f) => f.endsWith(".js"))
        .map((f) => readFile(path.join(DIST, "assets", f), "utf8")),
    );
    for (const marker of EDITOR_MARKERS)
      expect(studioCode.some((code) => code.includes(marker)) ? marker : `missing: ${marker}`).toBe(
        marker,
      );
    // The persona travels in the fragment, which no request carries.
    expect(
      client.requests.every(
        (r) =>
          !r.url().includes("#") && !r.url().includes(encodeReviewFragment(persona).slice(3, 40)),
      ),
    ).toBe(true);
  });

  it("plays a scenario from its first turn", async () => {
    const { page } = client.current;
    await page.getByRole("button", { name: "Premier contact" }).click();
    // The rehearsal types its four replies out word by word.
    await expect.poll(() => ratings(page).count(), { timeout: 15_000 }).toBe(4);
    const turns = reviewConversation(page).getByRole("listitem", { name: "Vous" });
    expect(await turns.first().textContent()).toContain("Bonjour");
    expect(await turns.count()).toBe(4);
  });

  it("rates a reply with a comment and downloads the feedback, persona snapshot included", async () => {
    const { page } = client.current;
    const second = ratings(page).nth(1);
    await second.getByRole("button", { name: "Réussie" }).click();
    await second.getByRole("button", { name: "Commenter" }).click();
    // Keyboard only from here: the comment box has the focus it was opened for.
    await page.keyboard.type("Clair et poli, le vouvoiement est juste.");
    await page.getByText("1 réponse évaluée ou commentée.").waitFor();
    await client.current.screenshot("review-link-fr");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger les retours" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^service-public\.feedback\.\d{4}-\d{2}-\d{2}\.json$/,
    );
    const restored = restoreFeedbackText(await readFile(await download.path(), "utf8"));
    expect(restored.ok).toBe(true);
    const feedback = restored.ok ? restored.feedback : undefined;
    expect(feedback?.persona).toEqual(persona);
    expect(feedback?.runsOn).toEqual({ kind: "rehearsal" });
    expect(feedback?.ratings).toHaveLength(1);
    expect(feedback?.ratings[0]).toMatchObject({
      // The town hall's welcome scenario, written against its field (a civil-status question).
      user: "Je voudrais savoir comment obtenir une copie de mon acte de naissance.",
      scenarioId: "welcome-fr",
      rating: "up",
      comment: "Clair et poli, le vouvoiement est juste.",
    });
    expect(feedback?.ratings[0]?.reply.length).toBeGreaterThan(20);
  });

  it("connects the client's own OpenAI-compatible endpoint, with the persona's prompt", async () => {
    const { page } = client.current;
    await page.getByRole("button", { name: "Read this page in English" }).click();
    await page.getByRole("button", { name: "Connect your own model" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("OpenAI-compatible endpoint").check();
    await dialog.getByLabel("Base URL").fill(llm.url);
    await dialog.getByLabel("Model").fill("client-model");
    await dialog.getByLabel("API key").fill("sk-client-KEY123");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByText(/client-model at 127\.0\.0\.1/).waitFor();
    await sendReview(page, "Hello there");
    await reviewConversation(page).getByText("Reply to: Hello there").waitFor();
    const body = llm.requests.find((r) => r.method === "POST")?.body as
      { messages: { role: string; content: string }[] } | undefined;
    expect(body?.messages[0]?.role).toBe("system");
    expect(body?.messages[0]?.content).toContain(persona.identity.assistantName);
  });
});

describe("a client opens a damaged review link", () => {
  const client = clientSession();

  it("is told plainly that the link is damaged, with no broken page", async () => {
    const { page, url } = client.current;
    const good = reviewPath(preset("museum-guide.json"));
    const at = good.length - 60;
    const tampered = good.slice(0, at) + (good[at] === "A" ? "B" : "A") + good.slice(at + 1);
    await page.goto(url(tampered));
    const alert = page.getByRole("alert");
    await alert.getByRole("heading", { name: "This review link cannot be opened" }).waitFor();
    expect(await alert.textContent()).toContain("The link is damaged");
    expect(await page.getByRole("textbox").count()).toBe(0);
    await client.current.screenshot("review-tampered");
  });

  it("says there is no persona when the link has no fragment", async () => {
    const { page, url } = client.current;
    await page.goto(url("/review.html?lang=fr"));
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Le lien ne contient aucun persona");
  });
});

describe("a client opens the review page file from disk", () => {
  const client = clientSession();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "psydesign-review-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("chats offline with the persona written into it, from file://, with no request at all", async () => {
    const { page } = client.current;
    const persona = preset("museum-guide.json");
    const template = await readFile(path.join(DIST, "review-page.html"), "utf8");
    // It travels alone: the licences of the packages it inlines are inside it.
    // Anywhere in the opening comment: it grows with each package the page inlines.
    const end = template.indexOf("-->");
    expect(end).toBeGreaterThan(0);
    expect(template.slice(0, end)).toMatch(
      /^<!doctype html>\n<!--[\s\S]*\npreact \d+\.\d+\.\d+ — MIT\n/i,
    );
    const file = path.join(dir, `${persona.id}.review.html`);
    await writeFile(file, reviewPageHtml(template, persona));
    await page.goto(pathToFileURL(file).href);
    await page.getByRole("heading", { level: 1, name: persona.identity.assistantName }).waitFor();
    await page.getByText("the offline rehearsal", { exact: true }).waitFor();
    await sendReview(page, "Hello! What time does the museum open on Sundays?");
    await ratings(page).first().waitFor();
    await ratings(page).first().getByRole("button", { name: "Good", exact: true }).click();
    await page.getByText("1 reply rated or commented.").waitFor();
    await client.current.screenshot("review-page-file");
    expect(
      client.requests
        .map((r) => r.url())
        .filter((u) => !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:")),
    ).toEqual([]);
  });

  it("keeps the client's key for the tab only, says why, and no other local file can read it", async () => {
    const { page, context } = client.current;
    const llm = await startLlmServer({ chunkDelayMs: 2 });
    try {
      await page.getByRole("button", { name: "Connect your own model" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("OpenAI-compatible endpoint").check();
      await dialog.getByLabel("Base URL").fill(llm.url);
      await dialog.getByLabel("Model").fill("client-model");
      await dialog.getByLabel("API key").fill("sk-client-FILE-4242");
      expect(await dialog.getByRole("checkbox").count()).toBe(0);
      await dialog
        .getByText(
          /“Remember on this device” is not offered here: this page was opened from a file/,
        )
        .waitFor();
      await client.current.screenshot("review-page-file-key");
      await dialog.getByRole("button", { name: "Save" }).click();
      await sendReview(page, "Hello from a file");
      await reviewConversation(page).getByText("Reply to: Hello from a file").waitFor();
      expect(llm.requests.find((r) => r.method === "POST")?.headers.authorization).toBe(
        "Bearer sk-client-FILE-4242",
      );

      // Any HTML file on this computer shares the storage of file:// pages: it finds nothing.
      const other = path.join(dir, "any-other-page.html");
      await writeFile(other, "<!doctype html><title>Another local file</title>");
      const reader = await context.newPage();
      await reader.goto(pathToFileURL(other).href);
      const seen = await reader.evaluate(() => JSON.stringify({ ...localStorage }));
      expect(seen).toContain("client-model");
      expect(seen).not.toContain("FILE-4242");
      await reader.close();
    } finally {
      await llm.close();
    }
  });
});
