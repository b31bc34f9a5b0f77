/**
 * The OpenAI-compatible provider, its module (and the `openai` SDK) fetched on first use. A fetch
 * that fails (offline, the studio just updated) is "unloaded": the endpoint was never asked, so
 * "endpoint unreachable" would send the designer to check the wrong thing.
 */
import { ProviderError, type ChatProvider, type EndpointConfig } from "./types";

export async function loadEndpointProvider(config: EndpointConfig): Promise<ChatProvider> {
  let module: typeof import("./openai-provider");
  try {
    module = await import("./openai-provider");
  } catch (cause) {
    throw new ProviderError("unloaded", "The OpenAI client could not be loaded.", { cause });
  }
  return module.createOpenAIProvider(config);
}
