/**
 * A promptfoo configuration read back with `yaml`, as promptfoo would load it, and its javascript
 * checks run as promptfoo runs them: for src/core/exports/promptfoo*.test.ts.
 */
import { expect } from "vitest";
import { parse } from "yaml";
import { promptfooConfig } from "../../src/core/exports/promptfoo";
import { DEFAULT_TARGET, type EndpointTarget } from "../../src/core/exports/target";
import type { Persona } from "../../src/core/persona/schema";
import { render } from "./promptfoo-nunjucks";

export interface Assertion {
  type: string;
  value: string;
  metric: string;
}
export interface Provider {
  id: string;
  config: Record<string, unknown>;
}
export interface Config {
  description: string;
  prompts: { label: string; raw: string }[];
  providers: Provider[];
  defaultTest: { options: { provider: Provider }; assert: Assertion[] };
  tests: {
    description: string;
    vars: { message: string };
    metadata: { scenario: string; turn: number; conversationId: string };
  }[];
}

export const LOCAL: EndpointTarget = { baseURL: "http://localhost:11434/v1/", model: "llama3.2" };
export const load = (
  persona: Persona,
  target: EndpointTarget = DEFAULT_TARGET,
  grader?: EndpointTarget,
) => parse(promptfooConfig(persona, target, grader ? { grader } : {})) as Config;
export const checks = (config: Config, metric: string) =>
  config.defaultTest.assert.filter((a) => a.metric === metric);

/** A javascript assertion run as promptfoo runs it: rendered with nunjucks, then as a function body. */
export function runCheck(
  assertion: Assertion,
  output: string,
): { pass: boolean; score: number; reason: string } {
  expect(assertion.type).toBe("javascript");
  expect(assertion.value).toContain("\n"); // multi-line: promptfoo uses it as the function body, as is
  return new Function("output", "context", "process", render(assertion.value))(output, {}, {});
}
