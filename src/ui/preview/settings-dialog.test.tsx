import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProviderError } from "../../providers/types";
import { API_KEY_KEY } from "../../stores/endpoint-store";
import { fakeProvider } from "../../../tests/helpers/chat-test-kit";
import { renderPreview } from "../../../tests/helpers/render-preview";

const KEY = "sk-secret-0123456789";

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Settings" }));
  // The dialog's code loads on the first press.
  return screen.findByRole("dialog", { name: "Settings" });
}

describe("Settings dialog", () => {
  it("chooses an OpenAI-compatible endpoint and saves it", async () => {
    const user = userEvent.setup();
    const { preview } = renderPreview();
    const dialog = await openSettings(user);
    const providers = within(dialog).getByRole("radiogroup", { name: "Provider" });
    expect(within(providers).getByRole("radio", { name: "Offline rehearsal" })).toBeChecked();
    await user.click(within(providers).getByRole("radio", { name: "OpenAI-compatible endpoint" }));

    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "Endpoint" }),
      "Ollama (local)",
    );
    expect(within(dialog).getByRole("textbox", { name: "Base URL" })).toHaveValue(
      "http://localhost:11434/v1",
    );
    const model = within(dialog).getByRole("textbox", { name: "Model" });
    await user.clear(model);
    await user.type(model, "qwen2.5");
    const temperature = within(dialog).getByRole("spinbutton", { name: "Temperature" });
    await user.clear(temperature);
    await user.type(temperature, "1.2");
    const maxTokens = within(dialog).getByRole("spinbutton", { name: "Max tokens" });
    await user.clear(maxTokens);
    await user.type(maxTokens, "256");
    const key = within(dialog).getByLabelText("API key");
    expect(key).toHaveAttribute("type", "password");
    await user.type(key, KEY);
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Settings" })).toHaveFocus();
    expect(screen.getByText("qwen2.5 at localhost:11434")).toBeInTheDocument();
    expect(preview.endpoint.getState()).toMatchObject({
      model: "qwen2.5",
      temperature: 1.2,
      maxTokens: 256,
      apiKey: KEY,
    });
    expect(JSON.stringify({ ...localStorage })).not.toContain(KEY);
  });

  it("stores the key only with the box ticked, after a clear warning; unticking removes it at once", async () => {
    const user = userEvent.setup();
    renderPreview();
    let dialog = await openSettings(user);
    await user.click(within(dialog).getByRole("radio", { name: "OpenAI-compatible endpoint" }));
    await user.type(within(dialog).getByLabelText("API key"), KEY);
    const remember = within(dialog).getByRole("checkbox", { name: "Remember on this device" });
    expect(remember).not.toBeChecked();
    expect(remember).toHaveAccessibleDescription(/stored unencrypted in this browser/);
    await user.click(remember);
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(localStorage.getItem(API_KEY_KEY)).toBe(KEY);

    dialog = await openSettings(user);
    await user.click(within(dialog).getByRole("checkbox", { name: "Remember on this device" }));
    expect(localStorage.getItem(API_KEY_KEY)).toBeNull();
  });

  it("says that the wait for a first reply also bounds a silence mid-reply", async () => {
    const user = userEvent.setup();
    renderPreview();
    const dialog = await openSettings(user);
    await user.click(within(dialog).getByRole("radio", { name: "OpenAI-compatible endpoint" }));
    expect(
      within(dialog).getByRole("spinbutton", { name: "Wait for a first reply (seconds)" }),
    ).toHaveAccessibleDescription(/longest silence allowed in the middle of a reply/);
  });

  it("closes with Escape without saving, and gives focus back", async () => {
    const user = userEvent.setup();
    const { preview } = renderPreview();
    const dialog = await openSettings(user);
    expect(within(dialog).getByRole("radio", { name: "Offline rehearsal" })).toHaveFocus();
    await user.click(within(dialog).getByRole("radio", { name: "OpenAI-compatible endpoint" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Settings" })).toHaveFocus();
    expect(preview.endpoint.getState().provider).toBe("rehearsal");
  });

  it("tests the connection with one tiny request and says what happened", async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    renderPreview({ endpoint: provider });
    const dialog = await openSettings(user);
    await user.click(within(dialog).getByRole("button", { name: "Test connection" }));
    await waitFor(() =>
      expect(within(dialog).getByRole("status")).toHaveTextContent(
        "Connected: test-model at 127.0.0.1:9 answered.",
      ),
    );
    expect(provider.requests).toHaveLength(1);
    expect(provider.requests[0]!.params.maxTokens).toBe(1);
  });

  it("reports a failed connection test in plain words", async () => {
    const user = userEvent.setup();
    renderPreview({
      endpoint: fakeProvider({ fail: new ProviderError("auth", "401", { status: 401 }) }),
    });
    const dialog = await openSettings(user);
    await user.click(within(dialog).getByRole("button", { name: "Test connection" }));
    await waitFor(() =>
      expect(within(dialog).getByRole("status")).toHaveTextContent(/API key refused/),
    );
  });

  it("speaks French", async () => {
    const user = userEvent.setup();
    renderPreview({ lang: "fr" });
    await user.click(screen.getByRole("button", { name: "Réglages" }));
    const dialog = await screen.findByRole("dialog", { name: "Réglages" });
    const providers = within(dialog).getByRole("radiogroup", { name: "Fournisseur" });
    expect(within(providers).getByRole("radio", { name: "Répétition hors ligne" })).toBeChecked();
    await user.click(
      within(providers).getByRole("radio", { name: "Point d’accès compatible OpenAI" }),
    );
    expect(
      within(dialog).getByRole("checkbox", { name: "Mémoriser sur cet appareil" }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Enregistrer" })).toBeInTheDocument();
    const endpoint = within(dialog).getByRole("combobox", { name: "Point d’accès" });
    expect(within(endpoint).getByRole("option", { name: "Personnalisé" })).toBeInTheDocument();
    expect(within(endpoint).queryByRole("option", { name: "Custom" })).toBeNull();
  });
});
