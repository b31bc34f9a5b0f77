/**
 * The compiled prompt of every preset in personas/, written to
 * __snapshots__/<id>.<language>.md so a reviewer reads each prompt as Markdown
 * (update with `npx vitest run --project unit src/core/compiler -u`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { restorePersonaText } from "../persona/restore";
import { compile } from "./compile";

const PERSONAS_DIR = fileURLToPath(new URL("../../../personas/", import.meta.url));
const files = existsSync(PERSONAS_DIR)
  ? readdirSync(PERSONAS_DIR)
      .filter((name) => name.endsWith(".json"))
      .toSorted()
  : [];

describe("presets", () => {
  it("exist: at least six preset files in personas/", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)("%s compiles to its reviewed prompt", async (file) => {
    const restored = restorePersonaText(readFileSync(`${PERSONAS_DIR}${file}`, "utf8"));
    if (!restored.ok)
      throw new Error(
        `${file}: ${restored.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
      );
    const persona = restored.persona;
    const result = compile(persona);
    await expect(result.systemPrompt).toMatchFileSnapshot(
      `./__snapshots__/${persona.id}.${persona.language}.md`,
    );
  });
});
