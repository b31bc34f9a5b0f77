/**
 * Persona files are written with a stable key order (the schema's), two-space
 * indentation and a final newline, so exports diff cleanly in a consultant's repository.
 */
import { personaSchema, type Persona } from "./schema";

type Shape = Record<string, { def?: { shape?: unknown; innerType?: unknown; element?: unknown } }>;

function shapeOf(schema: unknown): Shape | undefined {
  const s = schema as { shape?: Shape; def?: { innerType?: unknown; element?: unknown } } | undefined;
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

/** The persona as a file: schema key order, extensions kept as they are. */
export function serializePersona(persona: Persona): string {
  return `${JSON.stringify(ordered(persona, personaSchema), null, 2)}\n`;
}
