// Writes public/persona.schema.json and public/persona-history.schema.json from the code (`npm run schema`).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { personaJsonSchemaText } from "../src/core/persona/json-schema";
import { historyJsonSchemaText } from "../src/core/versions/history-json-schema";

for (const [file, text] of [
  ["persona.schema.json", personaJsonSchemaText()],
  ["persona-history.schema.json", historyJsonSchemaText()],
] as const) {
  const target = fileURLToPath(new URL(`../public/${file}`, import.meta.url));
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
