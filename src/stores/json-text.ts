/**
 * JSON.stringify recurses, and overflows the stack on data nested a few thousand levels deep
 * (JSON.parse does not: it reads any depth). Stored data this tab cannot read may be that
 * deep, and must still be written back and set aside exactly: past the native serializer's
 * reach, this one walks with its own stack.
 */

/** Text to emit as is, as opposed to a value to serialize. */
class Literal {
  constructor(readonly text: string) {}
}

function stringifyByHand(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Literal) {
      out.push(item.text);
    } else if (Array.isArray(item)) {
      // Pushed in reverse: popped as "[", item 0, ",", item 1, …, "]".
      stack.push(new Literal("]"));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i] === undefined ? null : item[i]);
        if (i > 0) stack.push(new Literal(","));
      }
      stack.push(new Literal("["));
    } else if (item !== null && typeof item === "object") {
      const fields = Object.entries(item).filter(([, field]) => field !== undefined);
      stack.push(new Literal("}"));
      for (let i = fields.length - 1; i >= 0; i--) {
        const [key, field] = fields[i]!;
        stack.push(field, new Literal(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`));
      }
      stack.push(new Literal("{"));
    } else {
      out.push(JSON.stringify(item) ?? "null");
    }
  }
  return out.join("");
}

/** Compact JSON of plain data, as JSON.stringify writes it, at any depth. */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyByHand(value);
  }
}
