// Writes public/persona.schema.json from the zod schema (`npm run schema`).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { personaJsonSchemaText } from "../src/core/persona/json-schema";

const target = fileURLToPath(new URL("../public/persona.schema.json", import.meta.url));
writeFileSync(target, personaJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
