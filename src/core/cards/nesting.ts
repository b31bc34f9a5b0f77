/**
 * How deep a parsed JSON value nests, measured without recursion: JSON.parse reads a million
 * nested brackets, but every recursive step after it (structuredClone, JSON.stringify, a
 * recursive walk) overflows the call stack at a few thousand.
 */

/**
 * True when `value` holds objects or lists nested more than `max` levels ({"a": 1} is one
 * level, {"a": {"b": 1}} two). `skip` is left out, as if it were a leaf: a part another
 * reader checks on its own terms.
 */
export function nestsDeeperThan(value: unknown, max: number, skip?: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (node === null || typeof node !== "object" || node === skip) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}
