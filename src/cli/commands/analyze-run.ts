import { analyze } from "../../core/meter/analyze";
import { adherence } from "../../core/meter/adherence";
import type { Adherence, Measurement } from "../../core/meter/types";
import type { BandIndex } from "../../core/persona/bands";
import { CATALOG } from "../../core/persona/catalog";
import { DIMENSION_IDS, type DimensionId, type Language } from "../../core/persona/constants";
import type { Persona } from "../../core/persona/schema";
import type { ParsedArgs } from "../args";
import { EXIT, UsageError } from "../command";
import { writeLine, type CliIo } from "../io";
import { loadPersona, reportProblems } from "../read-persona";

/** Standard input beyond this is refused: the meter reads replies, not corpora in one piece. */
const MAX_INPUT_BYTES = 50_000_000;

/** Short, frequent words of each language; a text's language is the one whose words it uses more. */
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(" "));
const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: wordSet(
    "le la les un une des de du et est je tu il elle nous vous que qui pas pour dans sur avec ce cette au aux ne " +
      "mais ou votre vos ton ta mon ma c'est j'ai très merci bonjour oui non",
  ),
  en: wordSet(
    "the a an and is are i you he she we they that which not for in on with this to of it but or your my be have " +
      "has do can will thanks hello yes no please",
  ),
};

/** "fr" or "en" by a count of stopwords; a tie (no words at all) reads as French, the studio's first language. */
export function guessLanguage(text: string): Language {
  let fr = 0;
  let en = 0;
  for (const word of text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .match(/[\p{L}']+/gu) ?? []) {
    if (STOPWORDS.fr.has(word)) fr++;
    if (STOPWORDS.en.has(word)) en++;
  }
  return en > fr ? "en" : "fr";
}

const isSlider = (dimension: string): dimension is DimensionId =>
  (DIMENSION_IDS as readonly string[]).includes(dimension);

/** The English name of a band the meter numbers "0" to "4". */
const name = (dimension: DimensionId, band: string) =>
  CATALOG[dimension].bands[Number(band) as BandIndex]?.name.en ?? band;

/**
 * Adherence with each slider dimension's target and measured band by its English name
 * ("Formal"), as the help and the studio name them; the meter counts bands 0 to 4.
 */
function namedBands(result: Adherence): Adherence {
  return {
    ...result,
    dimensions: result.dimensions.map((d) =>
      isSlider(d.dimension)
        ? { ...d, target: name(d.dimension, d.target), measured: name(d.dimension, d.measured) }
        : d,
    ),
  };
}

/** One output line: the headline figures, then adherence when a persona was given. */
function report(measurement: Measurement, persona: Persona | undefined) {
  const m = measurement;
  return {
    language: m.language,
    formality: m.formality.score,
    address: m.address.form,
    warmth: m.warmth.score,
    enthusiasm: m.enthusiasm.score,
    humor: m.humor.score,
    institutional: m.institutional.score,
    sentences: m.length.sentences,
    words: m.length.words,
    emoji: m.emoji.count,
    readability: m.readability.score,
    ...(persona ? { adherence: namedBands(adherence(m, persona)) } : {}),
  };
}

async function readInput(io: CliIo): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    total += bytes.byteLength;
    if (total > MAX_INPUT_BYTES) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The text of one --jsonl line, or why it has none. */
function lineText(line: string): { text: string } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: "not valid JSON" };
  }
  if (typeof value === "string") return { text: value };
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { text?: unknown }).text === "string"
  ) {
    return { text: (value as { text: string }).text };
  }
  return { problem: 'expected a JSON string or an object with a "text" string' };
}

/** `psydesign analyze` itself, loaded when the command runs (./analyze.ts describes it). */
export async function run({ positionals, values }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length > 0) {
    throw new UsageError(
      `analyze reads standard input and takes no file, got ${JSON.stringify(positionals[0])}`,
      "analyze",
    );
  }
  let persona: Persona | undefined;
  if (typeof values.persona === "string") {
    const loaded = await loadPersona(values.persona, io);
    if (!loaded.ok) {
      reportProblems(values.persona, loaded.problems, io);
      return EXIT.invalid;
    }
    persona = loaded.persona;
  }
  // Typed at a terminal, a silent wait for input looks like a hang.
  if ((io.stdin as { isTTY?: boolean }).isTTY === true)
    writeLine(io.stderr, "Type or paste the reply, then press Ctrl-D on a new line.");
  const input = await readInput(io);
  if (input === undefined) {
    writeLine(
      io.stderr,
      `<stdin>: more than ${MAX_INPUT_BYTES / 1_000_000} MB of text; split it with --jsonl`,
    );
    return EXIT.invalid;
  }
  if (!values.jsonl && input.trim() === "") {
    // Measuring nothing would print a confident reading of nothing ("casual", 0 words).
    writeLine(
      io.stderr,
      `<stdin>: no text to measure; pipe a reply in, e.g. echo "Bonjour !" | npm run --silent psydesign -- analyze`,
    );
    return EXIT.invalid;
  }
  const lang = values.lang as Language | undefined;
  const measure = (text: string) => {
    const language = lang ?? persona?.language ?? guessLanguage(text);
    io.stdout.write(
      `${JSON.stringify(report(analyze(text, language, persona?.lexicon), persona))}\n`,
    );
  };
  if (!values.jsonl) {
    measure(input);
    return EXIT.ok;
  }
  let bad = 0;
  input.split("\n").forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const read = lineText(line);
    if ("problem" in read) {
      bad++;
      writeLine(io.stderr, `<stdin>:${i + 1}: ${read.problem}`);
    } else {
      measure(read.text);
    }
  });
  return bad > 0 ? EXIT.invalid : EXIT.ok;
}
