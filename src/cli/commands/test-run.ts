import { writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import type { Persona } from "../../core/persona/schema";
import { runDrift } from "../../core/persona-tests/drift";
import { endpointUserSimulator, type UserSimulator } from "../../core/persona-tests/user-simulator";
import { writeHtmlReport } from "../../core/persona-tests/report-html";
import { writeJsonReport } from "../../core/persona-tests/report-json";
import { writeJunitReport } from "../../core/persona-tests/report-junit";
import { summaryTable, writePrettyReport } from "../../core/persona-tests/report-pretty";
import { runAndDriftHeld } from "../../core/persona-tests/report-summary";
import { runPersonaTests, testCasesFor } from "../../core/persona-tests/runner";
import type {
  DriftResult,
  Generate,
  TestCase,
  TestRun,
  TestTarget,
} from "../../core/persona-tests/types";
import { readCustomScenarios } from "../../core/scenarios/schema";
import { OFFLINE_TARGET, createTestGenerate, endpointTarget } from "../../providers/test-generate";
import type { ParsedArgs } from "../args";
import { EXIT, UsageError } from "../command";
import { nodeFiles, printable, writeLine, type CliIo, type Output } from "../io";
import { loadPersona, reportProblems } from "../read-persona";
import { unknownScenario } from "../scenarios";
import { apiKeyOf, baseUrlOption, listOption, stringOption, wholeNumber } from "./test-options";

type Reporter = "pretty" | "json" | "junit";

/** The targets named by the flags: offline by default, each --model on --base-url. */
function targetsOf(values: ParsedArgs["values"]): TestTarget[] {
  const baseURL = baseUrlOption(values);
  const models = listOption(values, "model");
  if (baseURL === undefined && models.length > 0)
    throw new UsageError("--model needs --base-url, the endpoint that serves it", "test");
  if (baseURL !== undefined && models.length === 0)
    throw new UsageError("--base-url needs at least one --model", "test");
  const offline = baseURL === undefined || values.target === "offline";
  return [
    ...(offline ? [OFFLINE_TARGET] : []),
    ...models.map((model) => endpointTarget(baseURL as string, model)),
  ];
}

/** The persona's test cases, or those --scenario names (each must exist). */
function casesOf(persona: Persona, ids: readonly string[]): TestCase[] {
  const all = testCasesFor(persona, readCustomScenarios(persona));
  if (ids.length === 0) return all;
  return ids.map((id) => {
    const found = all.find((testCase) => testCase.scenarioId === id);
    if (!found) {
      const offered = all.map((c) => ({
        id: c.scenarioId,
        title: c.title,
        language: persona.language,
        turns: c.turns,
      }));
      throw new UsageError(
        `${persona.id}: ${unknownScenario(id, offered, persona.language)}`,
        "test",
      );
    }
    return found;
  });
}

/** Refuses an output whose folder does not exist before any reply is asked for. */
async function checkOutput(file: string | undefined, io: CliIo): Promise<void> {
  if (file === undefined) return;
  const folder = dirname(resolve(io.cwd, file));
  const info = await (io.files ?? nodeFiles).stat(folder).catch(() => undefined);
  if (!info?.isDirectory())
    throw new UsageError(`cannot write ${JSON.stringify(file)}: its folder does not exist`, "test");
}

/** Never prints the key, whatever a server or an error message echoes. */
function redacting(out: Output, key: string): Output {
  if (key.length < 8) return out;
  return { isTTY: out.isTTY, write: (chunk: string) => out.write(chunk.split(key).join("[key]")) };
}

/** One drift run per target and per drift scenario, up to `concurrency` at once. */
async function drifts(
  persona: Persona,
  cases: readonly TestCase[],
  targets: readonly TestTarget[],
  generate: Generate,
  options: {
    turns: number;
    concurrency: number;
    signal: AbortSignal;
    progress: (text: string) => void;
    userSimulator?: UserSimulator;
  },
): Promise<DriftResult[]> {
  const jobs = targets.flatMap((target) => cases.map((testCase) => ({ target, testCase })));
  const results: DriftResult[] = Array.from({ length: jobs.length });
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const { target, testCase } = jobs[index] as (typeof jobs)[number];
      results[index] = await runDrift(persona, testCase, target, generate, {
        turns: options.turns,
        signal: options.signal,
        ...(options.userSimulator ? { userSimulator: options.userSimulator } : {}),
        onTurn: (turn) =>
          options.progress(
            `drift ${testCase.scenarioId} on ${target.label}: turn ${turn.turn}/${options.turns}`,
          ),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, jobs.length) }, worker));
  return results;
}

/** The HTML file of one persona among several: report.html → report.<persona-id>.html. */
const htmlFileFor = (file: string, persona: Persona, several: boolean) =>
  several
    ? `${file.slice(0, file.length - extname(file).length)}.${persona.id}${extname(file) || ".html"}`
    : file;

function reportText(reporter: Reporter, runs: readonly TestRun[]): string {
  if (reporter === "junit") return writeJunitReport(runs);
  if (reporter === "json")
    return runs.length === 1
      ? writeJsonReport(runs[0] as TestRun)
      : `[\n${runs.map((each) => writeJsonReport(each).trimEnd()).join(",\n")}\n]\n`;
  return writePrettyReport(runs);
}

/** `psydesign test` itself, loaded when the command runs (./test.ts describes it). */
export async function run({ positionals, values }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length === 0)
    throw new UsageError("test needs at least one persona file", "test");
  const env = io.env ?? process.env;
  const targets = targetsOf(values);
  const concurrency = wholeNumber(values, "concurrency", 1, 32) ?? 4;
  const driftTurns = wholeNumber(values, "drift", 1, 200);
  const driftUser = stringOption(values, "drift-user");
  const userBase = baseUrlOption(values);
  if (driftUser !== undefined && (driftTurns === undefined || userBase === undefined))
    throw new UsageError("--drift-user needs --drift and a --base-url it is served on", "test");
  const reporter = (stringOption(values, "reporter") ?? "pretty") as Reporter;
  const output = stringOption(values, "output");
  const html = stringOption(values, "html");
  const lang = stringOption(values, "lang") as "fr" | "en" | undefined;
  const scenarioIds = listOption(values, "scenario");
  const key = targets.some((t) => t.kind === "endpoint") ? apiKeyOf(values, env) : "";
  await checkOutput(output, io);
  await checkOutput(html, io);

  const personas: Persona[] = [];
  for (const arg of positionals) {
    const loaded = await loadPersona(arg, io);
    if (!loaded.ok) {
      reportProblems(arg, loaded.problems, io);
      return EXIT.usage;
    }
    personas.push(loaded.persona);
  }
  const plans = personas.map((persona) => ({ persona, cases: casesOf(persona, scenarioIds) }));

  const stdout = redacting(io.stdout, key);
  const stderr = redacting(io.stderr, key);
  const progress = (text: string) => {
    if (stderr.isTTY) stderr.write(`\r\u001b[K${printable(text)}`);
  };
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
    stderr.write(
      "\npsydesign test: interrupted; reporting what ran (Ctrl+C again quits at once)\n",
    );
  };
  process.on("SIGINT", onSigint);
  const generate = createTestGenerate({ apiKey: key });
  const runs: TestRun[] = [];
  try {
    for (const { persona, cases } of plans) {
      const name = persona.name.slice(0, 40);
      const result = await runPersonaTests(persona, cases, targets, generate, {
        concurrency,
        signal: controller.signal,
        onResult: (_, { done, total }) => progress(`${name}: ${done}/${total} turns`),
      });
      if (driftTurns !== undefined)
        result.drift = await drifts(
          persona,
          scenarioIds.length > 0 ? cases : cases.slice(0, 1),
          targets,
          generate,
          {
            turns: driftTurns,
            concurrency,
            signal: controller.signal,
            progress: (text) => progress(`${name}: ${text}`),
            ...(driftUser !== undefined && userBase !== undefined
              ? {
                  userSimulator: endpointUserSimulator(
                    generate,
                    endpointTarget(userBase, driftUser),
                    { language: persona.language },
                  ),
                }
              : {}),
          },
        );
      runs.push(result);
    }
  } finally {
    process.off("SIGINT", onSigint);
    if (stderr.isTTY) stderr.write("\r\u001b[K");
  }

  const redact = (text: string) => (key.length < 8 ? text : text.split(key).join("[key]"));
  const written = async (file: string, text: string) => {
    try {
      await writeFile(resolve(io.cwd, file), redact(text));
      return true;
    } catch (error) {
      writeLine(
        stderr,
        `psydesign test: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  };
  const report = reportText(reporter, runs);
  const table = summaryTable(runs);
  let wrote = true;
  if (output !== undefined) {
    wrote = await written(output, report);
    stdout.write(table);
  } else {
    stdout.write(report);
    if (reporter !== "pretty") stderr.write(table);
  }
  if (html !== undefined)
    for (const [i, each] of runs.entries()) {
      const persona = personas[i] as Persona;
      const file = htmlFileFor(html, persona, runs.length > 1);
      wrote =
        (await written(file, writeHtmlReport(each, { lang: lang ?? persona.language }))) && wrote;
    }
  if (!wrote) return EXIT.usage;
  if (controller.signal.aborted) return EXIT.interrupted;
  return runs.every(runAndDriftHeld) ? EXIT.ok : EXIT.invalid;
}
