/** Test helper: the preview panel in a fresh studio, optionally on a fake endpoint provider. */
import { act } from "@testing-library/react";
import type { ChatProvider } from "../../src/providers/types";
import { previewOf, type PreviewOptions } from "../../src/stores/preview";
import { renderStudio } from "./render-studio";
import { useStudio } from "../../src/ui/studio-context";
import { PreviewPanel } from "../../src/ui/preview/preview-panel";
import type { UiLanguage } from "../../src/ui/i18n";

function Configured({ options }: { options: PreviewOptions }) {
  previewOf(useStudio(), options);
  return <PreviewPanel />;
}

export function renderPreview(options: { lang?: UiLanguage; endpoint?: ChatProvider } = {}) {
  const { endpoint } = options;
  const result = renderStudio(
    <Configured
      options={{
        typingDelayMs: 0,
        liveDelayMs: 50,
        ...(endpoint ? { endpointProvider: () => endpoint } : {}),
      }}
    />,
    { lang: options.lang ?? "en" },
  );
  const preview = previewOf(result.studio);
  if (endpoint) {
    act(() =>
      preview.endpoint.getState().save({
        provider: "openai-compatible",
        preset: "custom",
        baseURL: "http://127.0.0.1:9/v1",
        model: "test-model",
      }),
    );
  }
  return { ...result, preview };
}
