/**
 * Engine and meter agreement (issue 19, item 6): the offline rehearsal's replies, read by the
 * style meter, sit on the persona's targets. Each persona is swept 0, 20 … 100 on one voice
 * dimension at a time (the others at the persona's values), every built-in scenario of its
 * language is replayed as the preview chains it (core/rehearsal/replay.ts), and each reply is
 * read on the swept dimension with the adherence the preview shows under it
 * (core/meter/adherence.ts). `npm run eval` writes the table into docs/meter.md;
 * tests/unit/rehearsal-agreement.test.ts checks a smaller slice of the same sweep.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { adherence } from "../../src/core/meter/adherence";
import { analyze } from "../../src/core/meter/analyze";
import { blankPersona } from "../../src/core/persona/blank";
import { DIMENSION_IDS, type DimensionId } from "../../src/core/persona/constants";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { replayScenario } from "../../src/core/rehearsal/replay";
import { scenariosFor } from "../../src/core/scenarios/built-in";
import type { Scenario } from "../../src/core/scenarios/types";

/** Slider levels of the sweep: one per band and both ends. */
export const AGREEMENT_LEVELS: readonly number[] = [0, 20, 40, 60, 80, 100];

/** The goals of the issue: overall, and the weakest dimension. */
export const AGREEMENT_GOAL = { overall: 0.95, perDimension: 0.9 } as const;

/** The presets of personas/, in file order. */
export function presetPersonas(): Persona[] {
  const dir = fileURLToPath(new URL("../../personas/", import.meta.url));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .toSorted()
    .map((name) => {
      const restored = restorePersonaText(readFileSync(`${dir}${name}`, "utf8"));
      if (!restored.ok) throw new Error(`${name}: invalid preset`);
      return restored.persona;
    });
}

/** The "New persona" of each language in both address forms. */
export function blankPersonas(): Persona[] {
  return (["fr", "en"] as const).flatMap((language) =>
    (["formal", "informal"] as const).map((address) => ({
      ...blankPersona(language, `blank-${language}-${address}`),
      address,
    })),
  );
}

/** One reply read off target: enough to find the sentence that drifts. */
export interface AgreementMiss {
  persona: string;
  dimension: DimensionId;
  level: number;
  scenario: string;
  turn: number;
  target: string;
  measured: string;
  text: string;
}

export interface AgreementCount {
  kept: number;
  total: number;
}

export interface AgreementResult {
  byDimension: Record<DimensionId, AgreementCount>;
  overall: AgreementCount;
  misses: AgreementMiss[];
  /** Replies read, by "<persona id> <dimension>". */
  replies: Record<string, number>;
}

export interface SweepOptions {
  levels?: readonly number[];
  dimensions?: readonly DimensionId[];
  /** The scenarios of a persona; all built-ins of its language by default. */
  scenarios?: (persona: Persona) => readonly Scenario[];
}

/** Sweeps each persona on each dimension and reads every reply on the swept dimension. */
export function agreementSweep(
  personas: readonly Persona[],
  options: SweepOptions = {},
): AgreementResult {
  const levels = options.levels ?? AGREEMENT_LEVELS;
  const dimensions = options.dimensions ?? DIMENSION_IDS;
  const scenarios =
    options.scenarios ?? ((persona: Persona) => scenariosFor(persona.language, persona));
  const byDimension = Object.fromEntries(
    DIMENSION_IDS.map((id) => [id, { kept: 0, total: 0 }]),
  ) as Record<DimensionId, AgreementCount>;
  const misses: AgreementMiss[] = [];
  const read: Record<string, number> = {};
  for (const base of personas) {
    for (const dimension of dimensions) {
      for (const level of levels) {
        const persona: Persona = { ...base, voice: { ...base.voice, [dimension]: level } };
        for (const scenario of scenarios(persona)) {
          const replies = replayScenario(persona, scenario).filter(
            (message) => message.role === "assistant",
          );
          replies.forEach((reply, turn) => {
            const reading = adherence(
              analyze(reply.content, persona.language, persona.lexicon),
              persona,
            ).dimensions.find((d) => d.dimension === dimension);
            const count = byDimension[dimension];
            read[`${base.id} ${dimension}`] = (read[`${base.id} ${dimension}`] ?? 0) + 1;
            count.total++;
            if (reading?.ok === true) count.kept++;
            else
              misses.push({
                persona: base.id,
                dimension,
                level,
                scenario: scenario.id,
                turn,
                target: reading?.target ?? "?",
                measured: reading?.measured ?? "?",
                text: reply.content,
              });
          });
        }
      }
    }
  }
  const counts = Object.values(byDimension);
  const overall = {
    kept: counts.reduce((s, c) => s + c.kept, 0),
    total: counts.reduce((s, c) => s + c.total, 0),
  };
  return { byDimension, overall, misses, replies: read };
}

/** A share as "97.3 %". */
export function percent(count: AgreementCount): string {
  return `${((100 * count.kept) / Math.max(1, count.total)).toFixed(1)} %`;
}

const share = (count: AgreementCount): number => count.kept / Math.max(1, count.total);

/** Whether a sweep meets the goals. */
export function meetsGoal(result: AgreementResult): boolean {
  return (
    share(result.overall) >= AGREEMENT_GOAL.overall &&
    Object.values(result.byDimension).every(
      (c) => c.total === 0 || share(c) >= AGREEMENT_GOAL.perDimension,
    )
  );
}

/**
 * The sweep as the code stood at 2506a1f, before the engine was tuned against the meter
 * (issue 19): kept as fixed figures so that docs/meter.md shows before and after side by side.
 */
export const AGREEMENT_BEFORE: Readonly<Record<DimensionId, AgreementCount>> = {
  warmth: { kept: 1817, total: 1980 },
  humor: { kept: 1980, total: 1980 },
  enthusiasm: { kept: 1469, total: 1980 },
  register: { kept: 1407, total: 1980 },
  institutional: { kept: 1699, total: 1980 },
  verbosity: { kept: 1976, total: 1980 },
  emoji: { kept: 1707, total: 1980 },
};

const MARK_START = "<!-- rehearsal-agreement:start (written by npm run eval) -->";
const MARK_END = "<!-- rehearsal-agreement:end -->";

function cell(count: AgreementCount): string {
  return `${count.kept.toLocaleString("en")} / ${count.total.toLocaleString("en")} (${percent(count)})`;
}

/** Per persona, the share of its replies on target on each dimension's sweep. */
function perPersonaRows(result: AgreementResult, personas: readonly Persona[]): string[] {
  return personas.map((persona) => {
    const cells = DIMENSION_IDS.map((id) => {
      const total = result.replies[`${persona.id} ${id}`] ?? 0;
      const missed = result.misses.filter(
        (m) => m.persona === persona.id && m.dimension === id,
      ).length;
      return total === 0 ? "–" : `${Math.round((100 * (total - missed)) / total)}`;
    });
    return `| ${persona.id} (${persona.language}, ${persona.address}) | ${cells.join(" | ")} |`;
  });
}

/** The block of docs/meter.md: per dimension, before and after, the overall figure, then per persona. */
export function agreementMarkdown(result: AgreementResult, personas: readonly Persona[]): string {
  const before = Object.values(AGREEMENT_BEFORE);
  const beforeOverall = {
    kept: before.reduce((s, c) => s + c.kept, 0),
    total: before.reduce((s, c) => s + c.total, 0),
  };
  const goal = meetsGoal(result) ? "goal reached" : "goal NOT reached";
  return [
    MARK_START,
    `${personas.length} personas, each swept ${AGREEMENT_LEVELS.join(", ")} on one voice dimension at a time (the others at`,
    "the persona's values), every built-in scenario of its language replayed as the preview chains it;",
    "each reply read on the swept dimension by the adherence the preview shows under it. Pairs (reply,",
    "dimension) on target:",
    "",
    "| dimension | before (2506a1f) | now |",
    "| --- | ---: | ---: |",
    ...DIMENSION_IDS.map(
      (id) => `| ${id} | ${cell(AGREEMENT_BEFORE[id])} | ${cell(result.byDimension[id])} |`,
    ),
    `| **all** | **${cell(beforeOverall)}** | **${cell(result.overall)}** |`,
    "",
    `Goal: at least ${100 * AGREEMENT_GOAL.overall} % overall and ${100 * AGREEMENT_GOAL.perDimension} % on every dimension (${goal}).`,
    "",
    "Now, per persona: the % of its replies on target along each dimension's sweep.",
    "",
    `| persona | ${DIMENSION_IDS.join(" | ")} |`,
    `| --- | ${DIMENSION_IDS.map(() => "---:").join(" | ")} |`,
    ...perPersonaRows(result, personas),
    MARK_END,
  ].join("\n");
}

/** `doc` with its agreement block replaced by `block`; an error if the markers are missing. */
export function replaceAgreementBlock(doc: string, block: string): string {
  const start = doc.indexOf(MARK_START);
  const end = doc.indexOf(MARK_END);
  if (start < 0 || end < start)
    throw new Error(`docs/meter.md: the markers "${MARK_START}" and "${MARK_END}" are missing`);
  return doc.slice(0, start) + block + doc.slice(end + MARK_END.length);
}

/** Runs the full sweep, rewrites its block of docs/meter.md and returns the line `npm run eval` prints. */
export function writeAgreement(docPath: string): string {
  const personas = [...presetPersonas(), ...blankPersonas()];
  const result = agreementSweep(personas);
  writeFileSync(
    docPath,
    replaceAgreementBlock(readFileSync(docPath, "utf8"), agreementMarkdown(result, personas)),
  );
  const weakest =
    DIMENSION_IDS.toSorted(
      (a, b) => share(result.byDimension[a]) - share(result.byDimension[b]),
    )[0] ?? "register";
  return `rehearsal agreement: ${percent(result.overall)} of ${result.overall.total} (reply, dimension) pairs on target, weakest ${weakest} ${percent(result.byDimension[weakest])} — ${meetsGoal(result) ? "goal reached" : "goal NOT reached"}`;
}

// Run directly to read the sweep without writing anything; --misses lists the replies off target.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = agreementSweep([...presetPersonas(), ...blankPersonas()]);
  for (const id of DIMENSION_IDS) process.stdout.write(`${id}: ${cell(result.byDimension[id])}\n`);
  process.stdout.write(
    `all: ${cell(result.overall)}${meetsGoal(result) ? "" : " (goal NOT reached)"}\n`,
  );
  if (process.argv.includes("--misses")) {
    for (const m of result.misses)
      process.stdout.write(
        `${m.dimension} ${m.persona} @${m.level} ${m.scenario}#${m.turn} target ${m.target} read ${m.measured}: ${m.text}\n`,
      );
  }
}
