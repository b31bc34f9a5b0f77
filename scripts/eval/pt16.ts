/**
 * Reading the PT16 formality data (Pavlick & Tetreault 2016: SID, label = mean human rating
 * −3…+3, sentence). The sentences are Penn-tokenised ("are n't", "! !", "`` quoted ''"):
 * detokenise() glues them back into natural text, so the meter's features, made for
 * real replies, read them as they would read a reply.
 */
import { readFileSync } from "node:fs";
import { sharedPath } from "./shared-data";

export interface RatedSentence {
  id: string;
  rating: number;
  text: string;
}

/** Parses a CSV with a header row; fields may be quoted with "" escapes. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== "")) rows.push(row);
  return rows;
}

/**
 * Undoes Penn Treebank tokenisation: "ca n't" → "can't", "no ! !" → "no!!", "`` a ''" → "\"a\"",
 * "gon na" → "gonna" (the tokeniser splits these, replies do not), "readers ' needs" → "readers' needs".
 */
export function detokenise(sentence: string): string {
  return (
    sentence
      .replace(/-LRB-/g, "(")
      .replace(/-RRB-/g, ")")
      .replace(/-LCB-/g, "{")
      .replace(/-RCB-/g, "}")
      .replace(/-LSB-/g, "[")
      .replace(/-RSB-/g, "]")
      .replace(/\b(gon|wan) (na)\b/gi, "$1$2")
      .replace(/\b(got) (ta)\b/gi, "$1$2")
      .replace(/\b(lem|gim) (me)\b/gi, "$1$2")
      .replace(/``\s*/g, '"')
      .replace(/\s*''/g, '"')
      .replace(/ ' (d|m|s|re|ve|ll|t)\b/gi, "'$1")
      .replace(/ (n't|'s|'m|'re|'ve|'ll|'d)\b/gi, "$1")
      .replace(/ ([.,!?;:%)\]}])/g, "$1")
      // What is left of " ' " closes a word: a plural possessive or a dropped g ("missin' here").
      .replace(/(\p{L}) ' (?=\p{L})/gu, "$1' ")
      .replace(/([([{$]) /g, "$1")
      .trim()
  );
}

/** The rated sentences of a PT16 CSV file (SID,label,sentence), detokenised. */
export function readPt16(path: string): RatedSentence[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  const col = (name: string) =>
    header?.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase()) ?? -1;
  const id = col("SID");
  const label = col("label");
  const sentence = col("sentence");
  if (id < 0 || label < 0 || sentence < 0)
    throw new Error(`${path}: expected columns SID,label,sentence`);
  return rows.map((r) => ({
    id: r[id] ?? "",
    rating: Number(r[label]),
    text: detokenise(r[sentence] ?? ""),
  }));
}

export const TRAIN_CSV = sharedPath("data/formality-pt16/train.csv");
export const HELDOUT_CSV = sharedPath("eval/pt16-heldout.csv");
