/**
 * The compiler's two halves, each fetched when first needed. The warnings (lint) arrive beside
 * the first paint: the editor shows them beside its controls, and main.tsx starts the load
 * with the validator; until then a control shows no warning rather than
 * waiting. The prompt itself is needed only by the Prompt view (which imports it with its
 * own chunk), an endpoint's request and the exports: the offline rehearsal reads the
 * persona, so a first screen that shows the conversation does not fetch the compiler.
 */
import { createStore } from "zustand/vanilla";
import type { Persona } from "../core/persona/schema";
import { ProviderError } from "../providers/types";
import type { compiledOf } from "./compiled";
import type { warningsOf } from "./warnings";

export interface WarningsState {
  warningsOf: typeof warningsOf | null;
}

export const warningsStore = createStore<WarningsState>(() => ({ warningsOf: null }));

let warnings: Promise<typeof warningsOf> | undefined;

/** Loads the warnings once; every later call gets the same promise. */
export function loadWarnings(): Promise<typeof warningsOf> {
  warnings ??= import("./warnings").then((module) => {
    warningsStore.setState({ warningsOf: module.warningsOf });
    return module.warningsOf;
  });
  return warnings;
}

let compiler: Promise<typeof compiledOf> | undefined;
let loaded: typeof compiledOf | undefined;

/** Loads the prompt compiler once. */
export function loadCompiler(): Promise<typeof compiledOf> {
  compiler ??= import("./compiled").then((module) => (loaded = module.compiledOf));
  return compiler;
}

/** The system prompt at once, if the compiler has arrived. */
export function systemPromptNow(persona: Persona): string | undefined {
  return loaded?.(persona).systemPrompt;
}

/**
 * The system prompt an endpoint is sent. A compiler that cannot be fetched is "unloaded",
 * as a provider's code is: the endpoint was never asked.
 */
export async function systemPromptOf(persona: Persona): Promise<string> {
  let compile: typeof compiledOf;
  try {
    compile = await loadCompiler();
  } catch (cause) {
    throw new ProviderError("unloaded", "The prompt compiler could not be loaded.", { cause });
  }
  return compile(persona).systemPrompt;
}
