/**
 * The door's first look at untrusted JSON, before the schema: keys that could reach a
 * prototype, values that are not JSON, and nesting past the documented limit. It walks with
 * its own stack, never by recursion: a file nesting a list 100,000 levels deep must be
 * refused with a message, not overflow the call stack (which once emptied a whole library).
 */
import { MAX_EXTENSION_DEPTH } from "./constants";

export interface JsonProblem {
  /** The keys and indexes from the document's root to the value. */
  path: PropertyKey[];
  message: string;
}

/** Keys that could reach an object's prototype if a careless consumer copied them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** Enough to show what is wrong with a file without listing a thousand repeats. */
const MAX_PROBLEMS = 20;

export const TOO_DEEP_MESSAGE =
  `nested deeper than ${MAX_EXTENSION_DEPTH} levels: objects and lists may nest at most ` +
  `${MAX_EXTENSION_DEPTH} levels deep under "extensions", which is itself the first level`;

interface Frame {
  value: unknown;
  key: PropertyKey | undefined;
  parent: Frame | undefined;
  /** 0 for the document; `extensions` (a key of the document) is at depth 1. */
  depth: number;
  /** Set for a forbidden key, whose value is never looked at. */
  forbidden?: true;
}

/** Paths are rebuilt only for the values reported: a wide file does not copy one per value. */
function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key!);
  return path.toReversed();
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Why `value` cannot appear in a JSON document, or undefined when it can (containers included). */
function notJson(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined": // an absent optional field, as JSON.stringify leaves it out
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : `${String(value)} is not a JSON number`;
    case "object":
      return value === null || Array.isArray(value) || isPlainObject(value)
        ? undefined
        : "is not a JSON value";
    default:
      return `a ${typeof value} is not a JSON value`;
  }
}

/**
 * Problems with the document's shape that the schema cannot see or must not be shown: the
 * forbidden keys anywhere, values that are not JSON, and objects or lists nested more than
 * MAX_EXTENSION_DEPTH levels under the document (so, under `extensions`, counting it as the
 * first). Depth-first in document order; at most 20 problems.
 */
export function jsonShapeProblems(document: unknown): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const stack: Frame[] = [{ value: document, key: undefined, parent: undefined, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (frame.forbidden) {
      problems.push({
        path: pathOf(frame),
        message: `the key ${JSON.stringify(frame.key)} is not allowed`,
      });
      continue;
    }
    const wrong = notJson(value);
    if (wrong) {
      problems.push({ path: pathOf(frame), message: wrong });
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_EXTENSION_DEPTH) {
      problems.push({ path: pathOf(frame), message: TOO_DEEP_MESSAGE });
      continue;
    }
    const children: Frame[] = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        children.push({ value: value[i], key: i, parent: frame, depth: depth + 1 });
    } else {
      for (const key of Object.keys(value)) {
        children.push(
          FORBIDDEN_KEYS.has(key)
            ? { value: undefined, key, parent: frame, depth: depth + 1, forbidden: true }
            : {
                value: (value as Record<string, unknown>)[key],
                key,
                parent: frame,
                depth: depth + 1,
              },
        );
      }
    }
    // Reversed onto the stack, so the walk (and the problems) follow the document's order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return problems;
}
