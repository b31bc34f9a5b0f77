/**
 * The targets and the reply function of a run, from the preview's endpoint settings and
 * the choices made in the Tests view.
 */
import type { Generate, TestTarget } from "../core/persona-tests/types";
import type { TestGenerateOptions } from "../providers/test-generate";
import type { EndpointSettings } from "./endpoint-store";
import type { ReplyCache } from "./reply-cache";
import type { TestsEngine } from "./tests-store-engine";
import { OFFLINE_KEY, modelKey, type TargetKey } from "./tests-store-state";

/** The endpoint's models when the preview is set to one, the configured model first. */
export function endpointModels(
  settings: Pick<EndpointSettings, "provider" | "model">,
  extra: readonly string[],
): string[] {
  if (settings.provider !== "openai-compatible") return [];
  return [...new Set([settings.model, ...extra].filter((m) => m !== ""))];
}

/** The chosen targets (or those of `keys`), the offline rehearsal first. */
export function targetsOf(
  engine: TestsEngine,
  settings: EndpointSettings,
  choices: { models: readonly string[]; unchosen: readonly TargetKey[] },
  keys?: readonly TargetKey[],
): TestTarget[] {
  const all: [TargetKey, TestTarget][] = [
    [OFFLINE_KEY, engine.offlineTarget],
    ...endpointModels(settings, choices.models).map((model): [TargetKey, TestTarget] => [
      modelKey(model),
      engine.endpointTarget(settings.baseURL, model, {
        temperature: settings.temperature,
        maxTokens: settings.maxTokens,
      }),
    ]),
  ];
  const wanted = keys ?? all.map(([key]) => key).filter((k) => !choices.unchosen.includes(k));
  return all.filter(([key]) => wanted.includes(key)).map(([, target]) => target);
}

// Each reply in a task of its own: the offline rehearsal answers without awaiting anything,
// and a run of hundreds of turns would otherwise be one long task that freezes the studio.
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `fresh`: Re-run failed asks again, so it reads nothing from the shared cache (it would
 * give back the very replies that failed); what comes back is still cached for the preview.
 */
export function generateOf(
  engine: TestsEngine,
  deps: {
    endpoint(): EndpointSettings & { apiKey: string };
    cache?: ReplyCache;
    generateOptions?: Omit<TestGenerateOptions, "apiKey" | "cache">;
  },
  fresh: boolean,
): Generate {
  const settings = deps.endpoint();
  const { cache } = deps;
  const generate = engine.createTestGenerate({
    apiKey: settings.apiKey,
    firstByteTimeoutMs: settings.firstByteTimeoutS * 1000,
    ...(cache
      ? {
          cache: fresh
            ? { get: () => undefined, set: (key: string, text: string) => cache.set(key, text) }
            : cache,
        }
      : {}),
    ...deps.generateOptions,
  });
  return async (request) => {
    await yieldToMain();
    return generate(request);
  };
}
