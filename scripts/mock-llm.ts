/**
 * `npm run mock-llm [-- --port 8787] [-- --fault 429] [-- --require-key KEY]
 * [-- --behaviour faithful|MODEL=drifts-to-tu:3 …] [-- --latency MS]`: the tests'
 * OpenAI-compatible server, started by hand so the studio can be tried without a model or a key,
 * each error the preview explains can be seen on purpose, and persona tests can be run against
 * a simulated model that follows its system prompt or slips on purpose (tests/llm-server/sim/). Logs one line per request, never
 * the key. Every problem with the command line or the port is one plain line, never a stack trace.
 */
import { startLlmServer } from "../tests/llm-server/server";
import type { LlmMode } from "../tests/llm-server/modes";
import {
  BEHAVIOUR_NOTES,
  BehaviourError,
  behaviourFor,
  describeBehaviour,
  parseModelBehaviour,
  type ModelBehaviours,
} from "../tests/llm-server/sim/behaviour";

const FAULTS = {
  "401": { kind: "status", status: 401 },
  "404": { kind: "status", status: 404 },
  "429": { kind: "status", status: 429, retryAfter: "5" },
  "500": { kind: "status", status: 500 },
  "503": { kind: "status", status: 503 },
  cut: { kind: "cut", afterChunks: 3 },
  malformed: { kind: "malformed", afterChunks: 2 },
  slow: { kind: "slow-first-byte", delayMs: 5_000 },
  hang: { kind: "hang" },
  stall: { kind: "stall", afterChunks: 3 },
  huge: { kind: "huge", chars: 50_000_000 },
} satisfies Record<string, LlmMode>;
type Fault = keyof typeof FAULTS;

const BEHAVIOUR_HELP = [
  "  --behaviour BEHAVIOUR        the simulated model, for every model name",
  "  --behaviour MODEL=BEHAVIOUR  for one model name (repeatable)",
  "  --latency MS                 time before the first chunk of each reply",
  "  behaviours, joined with + (e.g. drifts-to-tu:5+uses-avoided:0.3):",
  ...BEHAVIOUR_NOTES.map(([name, note]) => `    ${name.padEnd(22)} ${note}`),
].join("\n");

const FAULT_NOTES: Record<Fault, string> = {
  "401": "every request is refused as a bad key (401)",
  "404": "every request gets 404 (no such model)",
  "429": "every request is rate-limited (429, retry after 5 s)",
  "500": "every request gets a server error (500)",
  "503": "every request gets 503 (overloaded)",
  cut: "each reply is cut off after 3 chunks (the connection drops)",
  malformed: "each reply breaks after 2 chunks with a chunk that is not JSON",
  slow: "each reply starts after 5 s",
  hang: "no reply ever starts (the studio's wait runs out)",
  stall: "each reply stops after 3 chunks and the connection stays open",
  huge: "each reply is 50 million characters long",
};

const USAGE = `usage: npm run mock-llm -- [--port N] [--fault ${Object.keys(FAULTS).join("|")}] [--require-key KEY] [--behaviour [MODEL=]BEHAVIOUR]... [--latency MS]`;

const FLAGS = ["--port", "--fault", "--require-key", "--behaviour", "--latency"];

interface Options {
  port: number;
  fault: Fault | undefined;
  requireKey: string | undefined;
  /** Undefined: the echo reply; else the simulated model. */
  behaviours: ModelBehaviours | undefined;
  latencyMs: number | undefined;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Options | "help" {
  // An empty variable counts as unset, as shells leave them.
  const envPort = env.MOCK_LLM_PORT || env.PORT || undefined;
  const options: Options = {
    port: envPort === undefined ? 8787 : portOf(envPort, "MOCK_LLM_PORT"),
    fault: undefined,
    requireKey: undefined,
    behaviours: undefined,
    latencyMs: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    const [flag = "", inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg];
    if (!FLAGS.includes(flag)) {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--")))
      throw new UsageError(`${flag} needs a value`);
    if (flag === "--port") options.port = portOf(value, "--port");
    else if (flag === "--fault") {
      if (!Object.hasOwn(FAULTS, value))
        throw new UsageError(
          `--fault must be one of ${Object.keys(FAULTS).join(", ")}; "${value}" is not`,
        );
      options.fault = value as Fault;
    } else if (flag === "--behaviour") {
      options.behaviours ??= { all: {}, byModel: new Map() };
      try {
        parseModelBehaviour(value, options.behaviours);
      } catch (error) {
        if (error instanceof BehaviourError) throw new UsageError(`--behaviour: ${error.message}`);
        throw error;
      }
    } else if (flag === "--latency") {
      if (!/^\d+$/.test(value.trim()) || Number(value) > 600_000)
        throw new UsageError(`--latency: "${value}" is not a number of milliseconds (0 to 600000)`);
      options.latencyMs = Number(value);
    } else {
      if (value.trim() === "") throw new UsageError("--require-key needs a non-empty key");
      options.requireKey = value;
    }
  }
  if (options.latencyMs !== undefined && options.behaviours === undefined)
    throw new UsageError("--latency needs --behaviour (it delays the simulated model's replies)");
  if (options.behaviours !== undefined && options.fault !== undefined)
    throw new UsageError("--behaviour and --fault do not go together: choose one");
  return options;
}

function portOf(raw: string, name: string): number {
  const port = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(port) || port > 65_535)
    throw new UsageError(`${name}: "${raw}" is not a port number (0 to 65535)`);
  return port;
}

function summary(body: unknown): string {
  if (typeof body !== "object" || body === null) return "";
  const { model, messages, stream } = body as {
    model?: unknown;
    messages?: unknown[];
    stream?: unknown;
  };
  const parts = [
    model === undefined ? "" : `model=${String(model)}`,
    Array.isArray(messages) ? `messages=${messages.length}` : "",
    stream ? "stream" : "",
  ];
  return parts.filter(Boolean).join(" ");
}

function fail(line: string, code: number): never {
  process.stderr.write(`mock-llm: ${line}\n`);
  process.exit(code);
}

let options: Options | "help";
try {
  options = parseArgs(process.argv.slice(2), process.env);
} catch (error) {
  fail(error instanceof UsageError ? error.message : String(error), 2);
}
if (options === "help") {
  process.stdout.write(
    `${USAGE}\n\n${Object.entries(FAULT_NOTES)
      .map(([name, note]) => `  --fault ${name.padEnd(9)} ${note}`)
      .join("\n")}\n\n${BEHAVIOUR_HELP}\n`,
  );
  process.exit(0);
}
const { port, fault, requireKey, behaviours, latencyMs } = options;

function modelMode(chosen: ModelBehaviours): LlmMode {
  return {
    kind: "model",
    behaviour: behaviourFor(chosen),
    // Replies stream at once by default: persona tests send many of them.
    chunkDelayMs: 0,
    ...(latencyMs === undefined ? {} : { latencyMs }),
  };
}

/** What each model does, for the startup text. */
function behaviourLines(chosen: ModelBehaviours): string[] {
  const lines = [...chosen.byModel].map(
    ([model, behaviour]) => `  model ${model}: ${describeBehaviour(behaviour)}`,
  );
  const others = chosen.byModel.size === 0 ? "every model" : "any other model";
  return [
    "Simulated model: each reply follows the system prompt (language, address, voice, hand-over),",
    "with the slips asked for:",
    ...lines,
    `  ${others}: ${describeBehaviour(chosen.all)}`,
    ...(latencyMs === undefined ? [] : [`  first chunk after ${latencyMs} ms`]),
  ];
}

const server = await startLlmServer({
  port,
  chunkDelayMs: 40,
  // By hand, "hang" and "stall" must outlast any wait the studio can be given (600 s at most).
  maxHangMs: 15 * 60_000,
  ...(fault ? { initialMode: FAULTS[fault] } : {}),
  ...(behaviours ? { initialMode: modelMode(behaviours) } : {}),
  ...(requireKey === undefined ? {} : { requireKey }),
  onExchange(request, status) {
    // The key is replaced, not shortened: even a prefix helps whoever reads the terminal.
    const auth = request.headers.authorization ? "auth=Bearer ***" : "auth=none";
    const time = new Date().toISOString().slice(11, 19);
    const line = [
      time,
      request.method,
      request.path,
      status,
      summary(request.body),
      auth,
      request.outcome === "client-closed" ? "(stopped by client)" : "",
    ];
    process.stdout.write(`${line.filter((part) => part !== "").join(" ")}\n`);
  },
}).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  if (code === "EADDRINUSE")
    fail(
      `port ${port} is already in use: stop what runs there, or choose another port with --port N`,
      1,
    );
  if (code === "EACCES")
    fail(`not allowed to listen on port ${port}: choose a port above 1023 with --port N`, 1);
  fail(`could not start: ${error instanceof Error ? error.message : String(error)}`, 1);
});

process.stdout.write(
  [
    `Mock LLM listening at ${server.url}`,
    "",
    'In the studio: Settings > Provider > "OpenAI-compatible endpoint"',
    `  base URL: ${server.url}`,
    "  model:    any name (e.g. mock-model)",
    requireKey === undefined
      ? "  API key:  anything (it is not checked, and never printed)"
      : "  API key:  the one given with --require-key (anything else gets 401)",
    ...(behaviours
      ? behaviourLines(behaviours)
      : [
          fault
            ? `Fault "${fault}": ${FAULT_NOTES[fault]}.`
            : 'Every reply is "Reply to: <your message>", streamed word by word.',
        ]),
    "Ctrl+C stops the server.",
    "",
  ].join("\n"),
);

process.once("SIGINT", () => {
  void server.close().then(() => process.exit(0));
});
process.once("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
