/**
 * Versions saved on the way out: the share dialog keeps the shared persona as a version and
 * names it in the link (feedback then finds it); opening it again for the same persona makes
 * no second version; an export menu format keeps one named after its file.
 */
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { captureDownloads } from "../../../tests/helpers/capture-downloads";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { decodeReviewFragment } from "../../core/review/share-link";
import {
  createVersionsStore,
  replaceVersionsStore,
  type VersionsStore,
} from "../../stores/versions-store";
import { useOpenPersona } from "../studio-context";
import { ExportButton } from "../transfer/export-button";
import { ShareDialog } from "../transfer/share-dialog";

let store: VersionsStore;
beforeEach(() => {
  store = createVersionsStore({ factory: new IDBFactory(), channel: null });
  replaceVersionsStore(store);
});
afterEach(() => {
  replaceVersionsStore(undefined);
  vi.restoreAllMocks();
});

function Shared() {
  const persona = useOpenPersona();
  return persona ? <ShareDialog persona={persona} onClose={() => undefined} /> : null;
}

const linkOf = () =>
  (screen.getByRole("textbox", { name: "Review link" }) as HTMLInputElement).value;

describe("versions saved on the way out", () => {
  it("keeps the shared persona as a version whose id the review link carries", async () => {
    const { studio, unmount } = renderStudio(<Shared />);
    const id = studio.openPersona()!.id;
    await waitFor(() => expect(linkOf()).toMatch(/#r1\.[^.]+\.[\w-]+$/));
    const [version] = await store.getState().load(id);
    expect(version).toMatchObject({ origin: "share", name: "Review link" });
    const fragment = linkOf().split("#")[1]!;
    expect(decodeReviewFragment(fragment)).toMatchObject({ ok: true, versionId: version!.id });
    unmount();
    renderStudio(<Shared />);
    await waitFor(() => expect(linkOf()).toContain(version!.id));
    expect(await store.getState().load(id)).toHaveLength(1);
  });

  it("keeps the exported persona as a version named after its file", async () => {
    captureDownloads();
    const user = userEvent.setup();
    const { studio } = renderStudio(<ExportButton />);
    const persona = studio.openPersona()!;
    await user.click(screen.getByRole("button", { name: "Export JSON" }));
    await waitFor(async () =>
      expect(await store.getState().load(persona.id)).toMatchObject([
        { origin: "export", name: `${persona.id}.persona.json`, persona },
      ]),
    );
    expect(within(document.body).queryByRole("alert")).toBeNull();
  });
});
