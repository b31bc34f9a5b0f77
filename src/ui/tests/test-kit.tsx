/** Test helpers for the Tests view: the panel in a fresh studio, and a scripted endpoint. */
import { act } from "@testing-library/react";
import type { Persona } from "../../core/persona/schema";
import {
  ProviderError,
  type ChatEvent,
  type ChatProvider,
  type ChatRequest,
} from "../../providers/types";
import { createRehearsalProvider } from "../../providers/rehearsal-provider";
import { previewOf } from "../../stores/preview";
import { testsOf, type TestsDeps } from "../../stores/tests-store";
import { renderStudio } from "../../../tests/helpers/render-studio";
import type { UiLanguage } from "../i18n";
import { useStudio } from "../studio-context";
import { TestsPanel } from "./tests-panel";

export interface ScriptedEndpoint extends ChatProvider {
  requests: ChatRequest[];
}

const rehearsal = createRehearsalProvider();

async function rehearsed(request: ChatRequest): Promise<string> {
  let text = "";
  for await (const event of rehearsal.stream(request))
    if (event.type === "delta") text += event.text;
  return text;
}

/**
 * An endpoint whose reply depends on the model asked, the turn (1-based, the user messages so
 * far) and the request's rank (1-based); `undefined` answers as the offline rehearsal would.
 * Streamed in two chunks `delayMs` apart; it stops when the request is aborted.
 */
export function scriptedEndpoint(
  reply: (model: string, turn: number, rank: number) => string | undefined,
  delayMs = 0,
): ScriptedEndpoint {
  const requests: ChatRequest[] = [];
  async function* stream(request: ChatRequest): AsyncGenerator<ChatEvent> {
    requests.push(request);
    const turn = request.messages.filter((m) => m.role === "user").length;
    const text = reply(request.params.model, turn, requests.length) ?? (await rehearsed(request));
    const half = Math.floor(text.length / 2);
    for (const part of [text.slice(0, half), text.slice(half)]) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (request.signal.aborted) throw new ProviderError("aborted", "stopped");
      yield { type: "delta", text: part };
    }
    yield { type: "done", finishReason: "stop" };
  }
  return { id: "scripted", requests, stream };
}

function Configured({ options }: { options: Partial<TestsDeps> }) {
  testsOf(useStudio(), options);
  return <TestsPanel />;
}

/** The Tests view in a fresh studio; with `endpoint`, the preview is set to it (model "good-model"). */
export function renderTests(
  options: { lang?: UiLanguage; endpoint?: ChatProvider; presets?: readonly Persona[] } = {},
) {
  const { endpoint } = options;
  const deps: Partial<TestsDeps> = {
    generateOptions: {
      retries: 0,
      ...(endpoint ? { endpointProvider: () => endpoint } : {}),
    },
  };
  const result = renderStudio(<Configured options={deps} />, {
    lang: options.lang ?? "en",
    ...(options.presets ? { presets: options.presets } : {}),
  });
  if (endpoint)
    act(() =>
      previewOf(result.studio).endpoint.getState().save({
        provider: "openai-compatible",
        preset: "custom",
        baseURL: "http://127.0.0.1:9/v1",
        model: "good-model",
      }),
    );
  return { ...result, tests: testsOf(result.studio) };
}
