/**
 * What changed between versions: the one-line summary each version shows in the list, and
 * the model of "Compare versions" (the slider changes, every other change, the two compiled
 * prompts and their line diff). Built on the shared persona diff; worded by its describers.
 */
import { compile } from "../compiler/compile";
import { diffPersonas, type PersonaChange } from "../persona/diff";
import { lineDiff, type DiffPart } from "../text/text-diff";
import type { PersonaVersion } from "./types";
import { byAge } from "./version-model";

export type VoiceChange = Extract<PersonaChange, { kind: "voice" }>;

export interface VersionComparison {
  /** The older of the two. */
  before: PersonaVersion;
  after: PersonaVersion;
  /** Slider moves, in the catalog's order. */
  voice: VoiceChange[];
  /** Address, fields, lexicon, guardrails, examples, scenarios, extensions. */
  other: PersonaChange[];
  prompt: { before: string; after: string; diff: DiffPart[] };
}

/** Two versions, whichever order they were picked in, compared older → newer. */
export function compareVersions(a: PersonaVersion, b: PersonaVersion): VersionComparison {
  const [before, after] = byAge(a, b) <= 0 ? [a, b] : [b, a];
  const changes = diffPersonas(before.persona, after.persona);
  const voice = changes.filter((c): c is VoiceChange => c.kind === "voice");
  const promptBefore = compile(before.persona).systemPrompt;
  const promptAfter = compile(after.persona).systemPrompt;
  return {
    before,
    after,
    voice,
    other: changes.filter((c) => c.kind !== "voice"),
    prompt: { before: promptBefore, after: promptAfter, diff: lineDiff(promptBefore, promptAfter) },
  };
}
