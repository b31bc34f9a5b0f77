/**
 * A card's dialogue: the `mes_example` blocks, the {{char}}/{{user}} macros and the spoken
 * words inside role-play narration. SillyTavern writes examples as
 *
 *     <START>
 *     {{user}}: Who are you?
 *     {{char}}: I am Bob.
 *
 * and many cards name the character instead of writing {{char}}, or use the older <USER>
 * and <BOT> forms. Lines without a speaker continue the previous turn.
 */

/** One turn of example dialogue, macros left as written. */
export interface Turn {
  speaker: "user" | "char";
  text: string;
}

const START = /^\s*<start>\s*$/i;
const CHAR_MACRO = /\{\{\s*char\s*\}\}|<bot>|<char>/gi;
const USER_MACRO = /\{\{\s*user\s*\}\}|<user>/gi;

/**
 * The rest of `line` after a character's name and a colon ("Seraphina: Welcome." → "Welcome."),
 * ignoring letter case, or undefined. Compared as text, not through a RegExp built from the
 * names: a card's name may be 100,000 characters long, past what a RegExp may hold.
 */
function afterName(line: string, lowerNames: readonly string[]): string | undefined {
  const start = line.length - line.trimStart().length;
  for (const name of lowerNames) {
    if (
      line.length - start < name.length ||
      line.slice(start, start + name.length).toLowerCase() !== name
    )
      continue;
    let at = start + name.length;
    while (at < line.length && /\s/.test(line.charAt(at))) at++;
    if (line.charAt(at) !== ":") continue;
    at++;
    if (/\s/.test(line.charAt(at))) at++;
    return line.slice(at);
  }
  return undefined;
}

/** The speaker a line opens with ("{{user}}:", "<BOT>:", "Seraphina:"), and the rest of the line. */
function speakerOf(
  line: string,
  lowerNames: readonly string[],
): { speaker: Turn["speaker"]; rest: string } | undefined {
  const user = /^\s*(?:\{\{\s*user\s*\}\}|<user>)\s*:\s?/i.exec(line);
  if (user) return { speaker: "user", rest: line.slice(user[0].length) };
  const char = /^\s*(?:\{\{\s*char\s*\}\}|<bot>|<char>)\s*:\s?/i.exec(line);
  if (char) return { speaker: "char", rest: line.slice(char[0].length) };
  const named = afterName(line, lowerNames);
  return named === undefined ? undefined : { speaker: "char", rest: named };
}

/**
 * The conversations of a `mes_example`, one array of turns per <START> block. Text before
 * a block's first speaker is dropped (it is a note, not a turn); consecutive lines of one
 * speaker are one turn.
 */
export function parseExampleBlocks(mesExample: string, names: readonly string[]): Turn[][] {
  const lowerNames = names.map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  const blocks: Turn[][] = [];
  let block: Turn[] = [];
  for (const line of mesExample.replace(/\r\n?/g, "\n").split("\n")) {
    if (START.test(line)) {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    const opened = speakerOf(line, lowerNames);
    const last = block.at(-1);
    if (opened) {
      if (last && last.speaker === opened.speaker) last.text += `\n${opened.rest}`;
      else block.push({ speaker: opened.speaker, text: opened.rest });
    } else if (last) {
      last.text += `\n${line}`;
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks.map((turns) =>
    turns.map((t) => ({ ...t, text: t.text.trim() })).filter((t) => t.text !== ""),
  );
}

/**
 * Question-and-answer pairs: each user turn with the character's reply after it. A reply
 * nobody asked for (a block that opens with the character) has no pair and is left out here;
 * the voice estimate still reads it.
 */
export function pairTurns(blocks: readonly Turn[][]): { user: string; assistant: string }[] {
  const pairs: { user: string; assistant: string }[] = [];
  for (const turns of blocks) {
    for (let i = 0; i + 1 < turns.length; i++) {
      const ask = turns[i] as Turn;
      const reply = turns[i + 1] as Turn;
      if (ask.speaker === "user" && reply.speaker === "char")
        pairs.push({ user: ask.text, assistant: reply.text });
    }
  }
  return pairs;
}

/** Examples as SillyTavern writes them: one <START> block per exchange. */
export function formatExamples(examples: readonly { user: string; assistant: string }[]): string {
  return examples.map((e) => `<START>\n{{user}}: ${e.user}\n{{char}}: ${e.assistant}`).join("\n");
}

/**
 * Replaces the macros with the names a reader of the studio sees: {{char}} (and <BOT>,
 * <char>) by the character's name, {{user}} (and <USER>) by `userName`. Other macros
 * ({{random:…}}, {{roll:…}}) are left as written.
 */
export function replaceMacros(text: string, charName: string, userName: string): string {
  return text.replace(CHAR_MACRO, () => charName).replace(USER_MACRO, () => userName);
}

const NARRATION = /\*[^*\n]*\*/g;
const QUOTED = /"([^"\n]*)"|\u201c([^\u201d\n]*)\u201d|\u00ab([^\u00bb\n]*)\u00bb/g;

/**
 * The words a character says, without role-play narration: *asterisk* actions are removed,
 * and when the rest has quoted speech, only the quotes are kept (what lies outside them is
 * narration too). The meter then reads the voice, not the stage directions.
 */
export function spokenWords(text: string): string {
  const withoutActions = text.replace(NARRATION, " ");
  const quotes = [...withoutActions.matchAll(QUOTED)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? "").trim())
    .filter((q) => q !== "");
  const spoken = quotes.length > 0 ? quotes.join(" ") : withoutActions;
  return spoken
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}
