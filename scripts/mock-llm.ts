/**
 * `npm run mock-llm [-- --port 8787]`: the tests' OpenAI-compatible server, started by hand so the
 * studio can be tried without a model or a key. Logs one line per request, never the key.
 */
import { startLlmServer } from "../tests/llm-server/server";

function portFromArgs(argv: string[]): number {
  const flag = argv.findIndex((arg) => arg === "--port" || arg.startsWith("--port="));
  const raw = flag < 0 ? (process.env.MOCK_LLM_PORT ?? process.env.PORT) : (argv[flag]?.split("=")[1] ?? argv[flag + 1]);
  const port = raw === undefined ? 8787 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(`mock-llm: "${raw}" is not a port number\n`);
    process.exit(2);
  }
  return port;
}

function summary(body: unknown): string {
  if (typeof body !== "object" || body === null) return "";
  const { model, messages, stream } = body as { model?: unknown; messages?: unknown[]; stream?: unknown };
  const parts = [model === undefined ? "" : `model=${String(model)}`, Array.isArray(messages) ? `messages=${messages.length}` : "", stream ? "stream" : ""];
  return parts.filter(Boolean).join(" ");
}

const server = await startLlmServer({
  port: portFromArgs(process.argv.slice(2)),
  chunkDelayMs: 40,
  onExchange(request, status) {
    // The key is replaced, not shortened: even a prefix helps whoever reads the terminal.
    const auth = request.headers.authorization ? "auth=Bearer ***" : "auth=none";
    const time = new Date().toISOString().slice(11, 19);
    const line = [time, request.method, request.path, status, summary(request.body), auth, request.outcome === "client-closed" ? "(stopped by client)" : ""];
    process.stdout.write(`${line.filter((part) => part !== "").join(" ")}\n`);
  },
});

process.stdout.write(
  [
    `Mock LLM listening at ${server.url}`,
    "",
    "In the studio: Settings > Provider > \"OpenAI-compatible endpoint\"",
    `  base URL: ${server.url}`,
    "  model:    any name (e.g. mock-model)",
    "  API key:  anything (it is not checked, and never printed)",
    "Every reply is \"Reply to: <your message>\", streamed word by word. Ctrl+C stops the server.",
    "",
  ].join("\n"),
);

process.once("SIGINT", () => {
  void server.close().then(() => process.exit(0));
});
process.once("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
