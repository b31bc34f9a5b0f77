import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readJsonReport } from "../../core/persona-tests/report-json";
import { PRESETS } from "../../stores/presets";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";
import { renderTests } from "./test-kit";

const SERVICE_PUBLIC = PRESETS.filter((p) => p.id === "service-public");

async function ranOffline(lang: "en" | "fr") {
  const user = userEvent.setup();
  const rendered = renderTests({ lang, presets: SERVICE_PUBLIC });
  await user.click(
    screen.getByRole("button", { name: lang === "en" ? "Run tests" : "Lancer les tests" }),
  );
  await waitFor(() => expect(rendered.tests.getState().status).toBe("done"), { timeout: 10_000 });
  return { user, ...rendered };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("ExportBar: the run as files", () => {
  it("offers nothing before a run", () => {
    renderTests({ presets: SERVICE_PUBLIC });
    expect(screen.queryByRole("group", { name: "Export results" })).toBeNull();
  });

  it("saves the run as JSON that reads back, with the version it ran on", async () => {
    const { user, tests, studio } = await ranOffline("en");
    const downloads = captureDownloads();
    await user.click(screen.getByRole("button", { name: "JSON" }));
    await waitFor(() => expect(downloads.links).toHaveLength(1));
    expect(downloads.links[0]!.download).toBe("service-public-tests.json");
    const read = readJsonReport(await downloads.blobs[0]!.text());
    expect(read.ok).toBe(true);
    const run = tests.getState().kept[studio.openPersona()!.id]!.run;
    expect(read.ok && read.report.run.personaVersion).toBe(run.personaVersion);
    expect(read.ok && read.report.run.results).toHaveLength(run.results.length);
  });

  it("saves JUnit XML with a test case per scenario turn", async () => {
    const { user, tests, studio } = await ranOffline("en");
    const downloads = captureDownloads();
    await user.click(screen.getByRole("button", { name: "JUnit XML" }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.links[0]!.download).toBe("service-public-tests.junit.xml");
    const xml = await downloads.blobs[0]!.text();
    const run = tests.getState().kept[studio.openPersona()!.id]!.run;
    expect(xml.match(/<testcase /g)).toHaveLength(run.results.length);
  });

  it("saves the HTML report in the studio's language (French here), with the summary", async () => {
    const { user } = await ranOffline("fr");
    const downloads = captureDownloads();
    await user.click(screen.getByRole("button", { name: "Rapport HTML" }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.links[0]!.download).toBe("service-public-tests.html");
    const html = await downloads.blobs[0]!.text();
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toMatch(/\d+ vérifications? tenues? sur \d+/);
    expect(html).not.toMatch(/<script/i);
  });
});
