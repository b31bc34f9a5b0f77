import type { ChatMessage } from "../../core/conversation";
import type { Persona } from "../../core/persona/schema";
import { rehearse } from "../../core/rehearsal/rehearse";
import type { ParsedArgs } from "../args";
import { EXIT, UsageError } from "../command";
import { printable, type CliIo } from "../io";
import { loadPersona, reportProblems } from "../read-persona";
import { defaultScenarioId, findScenario, offeredScenarios, unknownScenario } from "../scenarios";

/** One printed turn: the greeting is turn 0, with no user message before it. */
interface Turn {
  turn: number;
  user: string | null;
  assistant: string;
}

/** The user turns to replay: the scenario's, then each --message; the welcome scenario by default. */
function userTurns(
  persona: Persona,
  scenarioId: string | undefined,
  messages: readonly string[],
): string[] {
  if (scenarioId === undefined && messages.length > 0) return [...messages];
  const scenarios = offeredScenarios(persona);
  const id = scenarioId ?? defaultScenarioId(persona.language);
  const scenario = findScenario(scenarios, id);
  if (!scenario) throw new UsageError(unknownScenario(id, scenarios, persona.language), "rehearse");
  return [...scenario.turns, ...messages];
}

/**
 * The conversation as the engine sees it: the greeting opens it, so the first reply knows the
 * assistant has greeted already, and each reply is written with every message before it, as
 * the studio's preview asks the offline provider (providers/rehearsal-provider.ts).
 */
function* conversation(persona: Persona, turns: readonly string[]): Generator<Turn> {
  const messages: ChatMessage[] = [];
  const greeting = persona.greeting?.trim() ?? "";
  if (greeting !== "") {
    messages.push({ role: "assistant", content: greeting });
    yield { turn: 0, user: null, assistant: greeting };
  }
  for (const [i, user] of turns.entries()) {
    messages.push({ role: "user", content: user });
    const assistant = rehearse(persona, messages).text;
    messages.push({ role: "assistant", content: assistant });
    yield { turn: i + 1, user, assistant };
  }
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * "Label: text", a text of several lines indented under its first: a message or a greeting
 * cannot start a line that reads as another speaker's, nor send escapes to the terminal.
 */
function labelled(label: string, text: string): string {
  const indent = " ".repeat(label.length + 2);
  return `${label}: ${text.split(LINE_BREAK).map(printable).join(`\n${indent}`)}\n`;
}

/**
 * JSON.stringify escapes C0 controls only; C1 controls (U+009B opens a terminal escape), line
 * separators and bidi overrides are escaped too, so a JSONL line printed raw stays one line
 * that reads as it parses.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const jsonLine = (turn: Turn): string =>
  `${JSON.stringify(turn).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;

/** One exchange; a blank line sets it apart from the one before. */
const textBlock = ({ user, assistant }: Turn, first: boolean): string =>
  (first ? "" : "\n") +
  (user === null ? "" : labelled("User", user)) +
  labelled("Assistant", assistant);

function messagesOf(value: unknown): string[] {
  const messages = Array.isArray(value)
    ? value.filter((m): m is string => typeof m === "string")
    : [];
  const blank = messages.findIndex((message) => message.trim() === "");
  if (blank !== -1)
    throw new UsageError(
      `--message ${blank + 1} is blank; a user turn needs some text`,
      "rehearse",
    );
  return messages;
}

/** `psydesign rehearse` itself, loaded when the command runs (./rehearse.ts describes it). */
export async function run({ positionals, values }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw new UsageError("rehearse needs a persona file", "rehearse");
  if (positionals.length > 1)
    throw new UsageError(`rehearse takes one persona file, got ${positionals.length}`, "rehearse");
  const messages = messagesOf(values.message);
  const arg = positionals[0] as string;
  const result = await loadPersona(arg, io);
  if (!result.ok) {
    reportProblems(arg, result.problems, io);
    return EXIT.invalid;
  }
  const scenarioId = typeof values.scenario === "string" ? values.scenario : undefined;
  const turns = userTurns(result.persona, scenarioId, messages);
  let first = true;
  for (const turn of conversation(result.persona, turns)) {
    io.stdout.write(values.jsonl ? jsonLine(turn) : textBlock(turn, first));
    first = false;
  }
  return EXIT.ok;
}
