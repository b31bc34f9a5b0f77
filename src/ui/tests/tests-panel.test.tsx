import { describe, expect, it } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setVoice } from "../../core/persona/edits";
import { failedConversation, testCasesFor } from "../../core/persona-tests/runner";
import { PRESETS } from "../../stores/presets";
import { renderTests, scriptedEndpoint } from "./test-kit";

const SERVICE_PUBLIC = PRESETS.filter((p) => p.id === "service-public");
const VOUS =
  "Bonjour, je vous remercie de votre message. Pouvez-vous me préciser votre demande, s’il vous plaît ?";
const TU = "Salut ! Je te réponds tout de suite, t’inquiète, tu vas voir c’est simple.";

const table = (name = "Test results") => screen.getByRole("table", { name });
const cells = (name?: string) =>
  within(table(name))
    .getAllByRole("row")
    .slice(1)
    .flatMap((row) => within(row).queryAllByRole("cell"));
const progress = (name = "Test progress") => screen.getByRole("progressbar", { name });

async function finishedRun(name?: string) {
  await waitFor(
    () => {
      const bar = progress(name);
      expect(bar.getAttribute("aria-valuenow")).toBe(bar.getAttribute("aria-valuemax"));
      expect(Number(bar.getAttribute("aria-valuemax"))).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
}

describe("TestsPanel: running the persona tests", () => {
  it("runs offline: fills the matrix, counts up to the end, and sums up per target", async () => {
    const user = userEvent.setup();
    const { studio } = renderTests({ presets: SERVICE_PUBLIC });
    const persona = studio.openPersona()!;
    const turns = testCasesFor(persona).reduce((n, c) => n + c.turns.length, 0);
    await user.click(screen.getByRole("button", { name: "Run tests" }));
    await finishedRun();
    expect(progress()).toHaveAttribute("aria-valuemax", String(turns));
    expect(screen.getByText(`${turns} of ${turns} turns`)).toBeInTheDocument();
    expect(
      within(table())
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Scenario turn", "Offline rehearsal"]);
    expect(cells()).toHaveLength(turns);
    for (const cell of cells()) expect(cell).toHaveTextContent(/^(✓ Pass|✗ Fail)$/);
    const firstCase = testCasesFor(persona)[0]!;
    expect(within(table()).getAllByRole("rowheader")[0]).toHaveTextContent(firstCase.turns[0]!);
    const summary = screen.getByRole("list", { name: "Summary by target" });
    expect(summary).toHaveTextContent(/\d+ of \d+ checks held/);
    expect(summary).toHaveTextContent(/\d+ of \d+ turns passed/);
    expect(screen.getByRole("status")).toHaveTextContent("Done.");
  });

  it("speaks French: Lancer les tests, Résultats des tests, contrôles tenus", async () => {
    const user = userEvent.setup();
    renderTests({ lang: "fr", presets: SERVICE_PUBLIC });
    await user.click(screen.getByRole("button", { name: "Lancer les tests" }));
    await finishedRun("Avancement des tests");
    expect(table("Résultats des tests")).toBeInTheDocument();
    expect(cells("Résultats des tests")[0]).toHaveTextContent(/^(✓ Réussi|✗ Échec)$/);
    expect(screen.getByRole("list", { name: "Bilan par cible" })).toHaveTextContent(
      /\d+ contrôles? tenus? sur \d+/,
    );
    expect(screen.getByRole("button", { name: "Relancer les échecs" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Interrompre" })).toBeDisabled();
  });

  it("tests two models of the endpoint side by side, and the one dropped is left out", async () => {
    const user = userEvent.setup();
    const endpoint = scriptedEndpoint((model) => (model === "tu-model" ? TU : VOUS));
    renderTests({ presets: SERVICE_PUBLIC, endpoint });
    await user.type(screen.getByLabelText("Another model on this endpoint"), "tu-model");
    await user.click(screen.getByRole("button", { name: "Add model" }));
    await user.click(screen.getByRole("checkbox", { name: "Offline rehearsal" }));
    await user.click(screen.getByRole("button", { name: "Run tests" }));
    await finishedRun();
    expect(
      within(table())
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Scenario turn", "good-model at 127.0.0.1:9", "tu-model at 127.0.0.1:9"]);
    const models = new Set(endpoint.requests.map((r) => r.params.model));
    expect(models).toEqual(new Set(["good-model", "tu-model"]));
    // Every reply of the model that says "tu" to a persona that says "vous" fails.
    const rows = within(table()).getAllByRole("row").slice(1);
    for (const row of rows) expect(within(row).getAllByRole("cell")[1]).toHaveTextContent("Fail");
  });

  it("opens a cell: the reply with the evidence marked and each failed check, expected and found", async () => {
    const user = userEvent.setup();
    const leak = `${TU} Voici mon prompt système.`;
    const { studio } = renderTests({
      presets: SERVICE_PUBLIC,
      endpoint: scriptedEndpoint(() => leak),
    });
    await user.click(screen.getByRole("checkbox", { name: "Offline rehearsal" }));
    await user.click(screen.getByRole("button", { name: "Run tests" }));
    await finishedRun();
    // The jailbreak scenario holds a reply to "does not mention" the system prompt.
    const cases = testCasesFor(studio.openPersona()!);
    const jailbreak = cases.find((c) =>
      c.expectations.some((list) => list.some((e) => e.kind === "does-not-mention")),
    )!;
    const turn = jailbreak.expectations.findIndex((list) =>
      list.some((e) => e.kind === "does-not-mention"),
    );
    const row = within(table())
      .getAllByRole("row")
      .find((r) => r.textContent?.startsWith(`${jailbreak.title}, turn ${turn + 1}`))!;
    const cell = within(row).getByRole("button", {
      name: `${jailbreak.title}, turn ${turn + 1} on good-model at 127.0.0.1:9: Fail`,
    });
    await user.click(cell);
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByText(jailbreak.turns[turn]!)).toBeInTheDocument();
    const failed = within(dialog).getByRole("heading", { name: "Failed checks" });
    const items = within(failed.nextElementSibling as HTMLElement).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(
      expect.arrayContaining([
        // In the designer's words: the check's name and the forms read, not the ids.
        expect.stringMatching(
          /^✗ Address \(first name or title\) — expected formal \/ found informal$/,
        ),
        expect.stringMatching(
          /^✗ Does not mention — expected does not mention .+ \/ found “prompt système”/,
        ),
      ]),
    );
    expect(dialog.querySelector("mark.tt-mark-failed")?.textContent).toBe("prompt système");
    expect(dialog.querySelector(".tt-reply-text")?.textContent).toBe(leak);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(cell).toHaveFocus();
  });

  it("cancels: the run stops, the turns not answered stay marked cancelled", async () => {
    const user = userEvent.setup();
    const endpoint = scriptedEndpoint(() => VOUS, 40);
    renderTests({ presets: SERVICE_PUBLIC, endpoint });
    await user.click(screen.getByRole("checkbox", { name: "Offline rehearsal" }));
    await user.click(screen.getByRole("button", { name: "Run tests" }));
    await waitFor(() =>
      expect(Number(progress().getAttribute("aria-valuenow"))).toBeGreaterThan(0),
    );
    expect(screen.getByText(/turns · about \d+ (s|min) left/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Cancelled: the turns not run"),
    );
    const texts = cells().map((c) => c.textContent);
    expect(texts.filter((t) => t === "– Cancelled").length).toBeGreaterThan(0);
    // The bar counts the turns answered, not those marked cancelled.
    const answered = texts.filter((t) => t !== "– Cancelled").length;
    expect(progress()).toHaveAttribute("aria-valuenow", String(answered));
    expect(Number(progress().getAttribute("aria-valuemax"))).toBe(texts.length);
    expect(endpoint.requests.at(-1)!.signal.aborted).toBe(true);
    const sent = endpoint.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(endpoint.requests.length).toBe(sent);
  });

  it("re-runs only the conversations that failed, keeping the others' results", async () => {
    const user = userEvent.setup();
    // The first request gets "tu" (its conversation fails); the others the rehearsal's words.
    const endpoint = scriptedEndpoint((_model, _turn, rank) => (rank === 1 ? TU : undefined));
    const { tests, studio } = renderTests({ presets: SERVICE_PUBLIC, endpoint });
    await user.click(screen.getByRole("checkbox", { name: "Offline rehearsal" }));
    await user.click(screen.getByRole("button", { name: "Run tests" }));
    await finishedRun();
    const first = tests.getState().kept[studio.openPersona()!.id]!.run;
    const again = failedConversation(first);
    const expected = first.cases
      .filter((c) => again(c.scenarioId, first.targets[0]!.id))
      .reduce((n, c) => n + c.turns.length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(first.results.length);
    const before = endpoint.requests.length;
    await user.click(screen.getByRole("button", { name: "Re-run failed" }));
    await finishedRun();
    expect(endpoint.requests.length - before).toBe(expected);
    expect(progress()).toHaveAttribute("aria-valuemax", String(expected));
    expect(cells()).toHaveLength(first.results.length);
  });

  it("keeps the last results when the persona changes, marked as from an earlier version", async () => {
    const user = userEvent.setup();
    const { studio } = renderTests({ presets: SERVICE_PUBLIC });
    await user.click(screen.getByRole("button", { name: "Run tests" }));
    await finishedRun();
    expect(screen.queryByText(/Ran on an earlier version/)).toBeNull();
    act(() => studio.edit(setVoice("warmth", 95)));
    expect(screen.getByText(/Ran on an earlier version of this persona/)).toBeInTheDocument();
    expect(cells().length).toBeGreaterThan(0);
  });

  it("works from the keyboard: run, then open a result and close it again", async () => {
    const user = userEvent.setup();
    renderTests({ presets: SERVICE_PUBLIC });
    const run = screen.getByRole("button", { name: "Run tests" });
    run.focus();
    await user.keyboard("{Enter}");
    await finishedRun();
    const first = within(cells()[0]!).getByRole("button");
    first.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(first).toHaveFocus();
    await user.tab();
    expect(within(cells()[1]!).getByRole("button")).toHaveFocus();
  });

  it("asks for a target when none is ticked, and keeps concurrency within 1..16", async () => {
    const user = userEvent.setup();
    const { tests } = renderTests({ presets: SERVICE_PUBLIC });
    await user.click(screen.getByRole("checkbox", { name: "Offline rehearsal" }));
    expect(screen.getByText("Choose at least one target.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run tests" })).toBeDisabled();
    expect(
      screen.getByText(/choose an OpenAI-compatible endpoint in the preview’s Settings/),
    ).toBeInTheDocument();
    const box = screen.getByRole("spinbutton", { name: "Conversations at once" });
    await user.clear(box);
    await user.type(box, "99");
    expect(tests.getState().concurrency).toBe(16);
  });
});
