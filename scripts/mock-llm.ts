/**
 * `npm run mock-llm [-- --port 8787] [-- --fault 429] [-- --require-key KEY]`: the tests'
 * OpenAI-compatible server, started by hand so the studio can be tried without a model or a key,
 * and each error the preview explains can be seen on purpose. Logs one line per request, never
 * the key. Every problem with the command line or the port is one plain line, never a stack trace.
 */
import { startLlmServer } from "../tests/llm-server/server";
import type { LlmMode } from "../tests/llm-server/modes";

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

const USAGE = `usage: npm run mock-llm -- [--port N] [--fault ${Object.keys(FAULTS).join("|")}] [--require-key KEY]`;

interface Options {
  port: number;
  fault: Fault | undefined;
  requireKey: string | undefined;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Options | "help" {
  // An empty variable counts as unset, as shells leave them.
  const envPort = env.MOCK_LLM_PORT || env.PORT || undefined;
  const options: Options = {
    port: envPort === undefined ? 8787 : portOf(envPort, "MOCK_LLM_PORT"),
    fault: undefined,
    requireKey: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    const [flag = "", inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg];
    if (flag !== "--port" && flag !== "--fault" && flag !== "--require-key") {
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
    } else {
      if (value.trim() === "") throw new UsageError("--require-key needs a non-empty key");
      options.requireKey = value;
    }
  }
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
      .join("\n")}\n`,
  );
  process.exit(0);
}
const { port, fault, requireKey } = options;

const server = await startLlmServer({
  port,
  chunkDelayMs: 40,
  // By hand, "hang" and "stall" must outlast any wait the studio can be given (600 s at most).
  maxHangMs: 15 * 60_000,
  ...(fault ? { initialMode: FAULTS[fault] } : {}),
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
    fault
      ? `Fault "${fault}": ${FAULT_NOTES[fault]}.`
      : 'Every reply is "Reply to: <your message>", streamed word by word.',
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
