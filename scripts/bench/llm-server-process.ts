/**
 * The test server in a process of its own, for benches that measure a client: a real endpoint
 * does not share the client's thread. Prints its URL, then serves until its stdin closes.
 * `node bin/run-ts.mjs scripts/bench/llm-server-process.ts <latency ms>`
 */
import { startLlmServer } from "../../tests/llm-server/server";

const latencyMs = Number(process.argv[2] ?? "0");
const server = await startLlmServer({
  initialMode: { kind: "slow-first-byte", delayMs: latencyMs },
});
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on("end", () => void server.close().then(() => process.exit(0)));
