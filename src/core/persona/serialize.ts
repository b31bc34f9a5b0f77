/**
 * Persona files are written with a stable key order (the schema's), two-space
 * indentation and a final newline, so exports diff cleanly in a consultant's repository.
 */
import { MAX_PERSONA_BYTES } from "./constants";
import { personaSchema, type Persona } from "./schema";

type Shape = Record<string, { def?: { shape?: unknown; innerType?: unknown; element?: unknown } }>;

function shapeOf(schema: unknown): Shape | undefined {
  const s = schema as
    { shape?: Shape; def?: { innerType?: unknown; element?: unknown } } | undefined;
  if (!s) return undefined;
  if (s.shape) return s.shape;
  if (s.def?.innerType) return shapeOf(s.def.innerType);
  return undefined;
}

function ordered(value: unknown, schema: unknown): unknown {
  if (Array.isArray(value)) {
    const element = (schema as { def?: { element?: unknown } } | undefined)?.def?.element;
    return value.map((item) => ordered(item, element));
  }
  const shape = shapeOf(schema);
  if (!shape || value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (source[key] !== undefined) out[key] = ordered(source[key], shape[key]);
  }
  return out;
}

function fitsPersonaLimit(text: string): boolean {
  return (
    text.length <= MAX_PERSONA_BYTES / 3 ||
    new TextEncoder().encode(text).length <= MAX_PERSONA_BYTES
  );
}

/**
 * The persona as a file: schema key order, extensions kept as they are. Indentation grows
 * with depth, so a small but deeply nested extension could print to many times its content
 * (1,000 levels: 2.4 KB of content, a 2 MB file). When the indented file would pass
 * MAX_PERSONA_BYTES, each extension's value is written compact on its own line instead: the
 * file then stays within its content plus a few kilobytes, which every reader accepts.
 */
export function serializePersona(persona: Persona): string {
  const doc = ordered(persona, personaSchema) as Record<string, unknown>;
  const indented = `${JSON.stringify(doc, null, 2)}\n`;
  if (fitsPersonaLimit(indented)) return indented;
  const { extensions, ...rest } = doc;
  const lines = Object.entries((extensions ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const head = JSON.stringify(rest, null, 2).replace(/\n\}$/, "");
  const tail = lines.length === 0 ? "{}" : `{\n${lines.join(",\n")}\n  }`;
  return `${head},\n  "extensions": ${tail}\n}\n`;
}
