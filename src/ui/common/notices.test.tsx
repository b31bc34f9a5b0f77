import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { storageStatusStore } from "../../stores/storage";
import { Notices } from "./notices";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";

afterEach(() => vi.restoreAllMocks());

describe("Notices", () => {
  it("shows a full storage as an alert, once for both keys, until dismissed", async () => {
    renderStudio(<Notices />);
    act(() =>
      storageStatusStore.setState({
        problems: [
          { kind: "quota", key: "psydesign.library", detail: "QuotaExceededError" },
          { kind: "quota", key: "psydesign.settings", detail: "QuotaExceededError" },
        ],
      }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Your browser's storage is full: your work is kept in this tab but not saved. Export it to keep it.",
    );
    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(storageStatusStore.getState().problems).toEqual([]);
  });

  it("says when storage is disabled", async () => {
    renderStudio(<Notices />);
    act(() =>
      storageStatusStore.setState({
        problems: [{ kind: "unavailable", key: "psydesign.library", detail: "" }],
      }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(/storage is disabled/);
  });

  it("downloads the raw set-aside value of corrupted data", async () => {
    renderStudio(<Notices />);
    localStorage.setItem("psydesign.library.corrupted.42", "{not json");
    act(() =>
      storageStatusStore.setState({
        problems: [
          {
            kind: "corrupted",
            key: "psydesign.library",
            setAsideKey: "psydesign.library.corrupted.42",
            detail: "",
          },
        ],
      }),
    );
    const { blobs, links } = captureDownloads();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Saved data could not be read; it was set aside.");
    await userEvent.click(within(alert).getByRole("button", { name: "Download set-aside data" }));
    expect(links.map((a) => a.download)).toEqual(["psydesign.library.corrupted.42.json"]);
    expect(await blobs[0]!.text()).toBe("{not json");
  });

  it("reports a copy saved because another tab saved first, as a status naming the copy", async () => {
    const { studio } = renderStudio(<Notices />);
    const id = studio.library.getState().openId!;
    const copyId = studio.library.getState().add(studio.openPersona()!, "Léa (ma version)");
    act(() => studio.library.setState({ notice: { kind: "saved-as-copy", id, copyId } }));
    const status = screen.getByRole("status");
    await within(status).findByRole("button", { name: "Dismiss" });
    expect(status).toHaveTextContent(
      "Another tab saved this persona first: your changes were saved as a copy, Léa (ma version).",
    );
    await userEvent.click(within(status).getByRole("button", { name: "Dismiss" }));
    expect(studio.library.getState().notice).toBeNull();
    expect(status).toBeEmptyDOMElement();
  });

  it("speaks French", async () => {
    const { studio } = renderStudio(<Notices />, { lang: "fr" });
    // The notice first: a library write that succeeds clears the quota problem, as it should.
    act(() =>
      studio.library.setState({
        notice: { kind: "changed-elsewhere", id: studio.library.getState().openId! },
      }),
    );
    act(() =>
      storageStatusStore.setState({
        problems: [{ kind: "quota", key: "psydesign.library", detail: "" }],
      }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/Le stockage de votre navigateur est plein/);
    expect(within(alert).getByRole("button", { name: "Fermer" })).toBeInTheDocument();
    await within(screen.getByRole("status")).findByRole("button", { name: "Fermer" });
    expect(screen.getByRole("status")).toHaveTextContent(
      "Ce persona a été modifié dans un autre onglet ; c’est cette version qui est ouverte. Annuler ramène la vôtre.",
    );
  });

  it("says when saved data could be neither read nor set aside, and that this tab will not save over it", async () => {
    renderStudio(<Notices />);
    act(() =>
      storageStatusStore.setState({
        problems: [{ kind: "corrupted", key: "psydesign.library", detail: "" }],
      }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Saved data could not be read, nor set aside: this tab will not save over it. Your work stays in this tab only; export it to keep it.",
    );
    expect(
      within(alert).queryByRole("button", { name: "Download set-aside data" }),
    ).not.toBeInTheDocument();
  });

  it.each([
    [
      "en",
      ["guichet"],
      "One saved persona could not be opened: it stays saved as it was, and a copy was set aside to download.",
    ],
    [
      "en",
      ["a", "b"],
      "2 saved personas could not be opened: they stay saved as they were, and copies were set aside to download.",
    ],
    [
      "fr",
      ["guichet"],
      "Un persona enregistré n’a pas pu être ouvert : il reste enregistré tel quel, et une copie a été mise de côté à télécharger.",
    ],
    [
      "fr",
      ["a", "b"],
      "2 personas enregistrés n’ont pas pu être ouverts : ils restent enregistrés tels quels, et des copies ont été mises de côté à télécharger.",
    ],
  ] as const)(
    "tells (%s) that saved personas it cannot open stay saved, with copies set aside",
    async (lang, ids, text) => {
      const { studio } = renderStudio(<Notices />, { lang });
      act(() => studio.library.setState({ notice: { kind: "set-aside", ids: [...ids] } }));
      const status = screen.getByRole("status");
      await within(status).findByRole("button", { name: lang === "en" ? "Dismiss" : "Fermer" });
      expect(status.textContent?.replaceAll("\u00a0", " ")).toContain(text);
    },
  );
});
