import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PRESETS } from "../../stores/presets";
import { renderTests, scriptedEndpoint } from "./test-kit";

const SERVICE_PUBLIC = PRESETS.filter((p) => p.id === "service-public");
const TU = "Salut ! Je te réponds tout de suite, t’inquiète, tu vas voir c’est simple.";
// The rehearsal's own words until turn 4, then "tu" to a persona that says "vous".
const driftsAt4 = () => scriptedEndpoint((_model, turn) => (turn >= 4 ? TU : undefined));

async function runDrift(
  user: ReturnType<typeof userEvent.setup>,
  names: { turns: string; target: string; run: string; model: string },
) {
  const turns = screen.getByRole("spinbutton", { name: names.turns });
  await user.clear(turns);
  await user.type(turns, "8");
  await user.selectOptions(screen.getByRole("combobox", { name: names.target }), names.model);
  await user.click(screen.getByRole("button", { name: names.run }));
}

describe("DriftSection: a long conversation, charted per dimension", () => {
  it("marks the turn the address switches to tu, in words and on the chart", async () => {
    const user = userEvent.setup();
    const endpoint = driftsAt4();
    renderTests({ presets: SERVICE_PUBLIC, endpoint });
    await runDrift(user, {
      turns: "Turns",
      target: "Target",
      run: "Run drift",
      model: "good-model at 127.0.0.1:9",
    });
    const address = await screen.findByRole(
      "img",
      { name: /^Address, turn by turn/ },
      { timeout: 10_000 },
    );
    await waitFor(() =>
      expect(address).toHaveAccessibleName(
        "Address, turn by turn. Address switches to tu at turn 4",
      ),
    );
    expect(endpoint.requests).toHaveLength(8);
    expect(screen.getByRole("status")).toHaveTextContent(
      /(^| · )Address switches to tu at turn 4( · |$)/,
    );
    const figure = address.closest("figure")!;
    expect(figure.querySelectorAll("circle")).toHaveLength(8);
    expect(figure.querySelector(".tt-chart-drift text")?.textContent).toBe("4");
    expect(figure.querySelector(".tt-chart-band")).not.toBeNull();
    // One chart per dimension the meter reads, the sliders' included.
    expect(screen.getByRole("img", { name: /^Register, turn by turn/ })).toBeInTheDocument();

    await user.click(within(figure).getByText("Address: readings by turn"));
    const rows = within(within(figure).getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(9);
    expect(rows[4]).toHaveTextContent(/^4tuno$/);
    expect(rows[1]).toHaveTextContent(/^1vousyes$/);
  });

  it("says it in French: l’adresse passe au tutoiement", async () => {
    const user = userEvent.setup();
    renderTests({ lang: "fr", presets: SERVICE_PUBLIC, endpoint: driftsAt4() });
    await runDrift(user, {
      turns: "Tours",
      target: "Cible",
      run: "Mesurer la dérive",
      model: "good-model sur 127.0.0.1:9",
    });
    await waitFor(
      () => expect(screen.getByText("L’adresse passe au tutoiement au tour 4")).toBeInTheDocument(),
      { timeout: 10_000 },
    );
    expect(screen.getByRole("img", { name: /^Adresse, tour par tour/ })).toBeInTheDocument();
  });

  it("runs offline by default and keeps the turns within 1..200", async () => {
    const user = userEvent.setup();
    const { tests } = renderTests({ presets: SERVICE_PUBLIC });
    const turns = screen.getByRole("spinbutton", { name: "Turns" });
    expect(turns).toHaveValue(30);
    await user.clear(turns);
    await user.type(turns, "500");
    expect(tests.getState().drift.turns).toBe(200);
    await user.clear(turns);
    await user.type(turns, "3");
    await user.click(screen.getByRole("button", { name: "Run drift" }));
    await waitFor(() => expect(tests.getState().drift.status).toBe("done"), { timeout: 10_000 });
    expect(tests.getState().drift.result?.turns).toHaveLength(3);
    expect(screen.getAllByRole("img", { name: /, turn by turn/ }).length).toBeGreaterThan(3);
  });
});
