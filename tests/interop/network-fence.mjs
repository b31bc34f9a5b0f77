// Loaded into promptfoo with NODE_OPTIONS=--import: every TCP connection to a host other than
// the loopback is refused and written to PSYDESIGN_FENCE_LOG, so a test can show that nothing
// (a grader, telemetry, an update check) left the machine. Every client in Node (http, https,
// undici's fetch, tls) connects through net.Socket.prototype.connect.
import { appendFileSync } from "node:fs";
import net from "node:net";

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function fencedConnect(...args) {
  // net.connect() passes its normalized arguments as one array; direct calls pass them as is.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options =
    typeof first === "object" && first !== null ? first : { port: first, host: args[1] };
  const host = String(options.host ?? "localhost");
  if (options.path !== undefined || LOOPBACK.test(host)) return connect.apply(this, args);
  if (process.env.PSYDESIGN_FENCE_LOG)
    appendFileSync(process.env.PSYDESIGN_FENCE_LOG, `${host}:${options.port}\n`);
  const refused = Object.assign(
    new Error(`connect ECONNREFUSED ${host} (outside the test's network fence)`),
    { code: "ECONNREFUSED" },
  );
  process.nextTick(() => this.destroy(refused));
  return this;
};
