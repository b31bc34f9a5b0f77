/**
 * Reads a compiled system prompt back into the persona it asks for: the simulated model gets
 * only the messages, as a real model does, so everything it does must come from the prompt.
 * Band texts are not copied here: each one is found by asking the compiler's own section
 * writers what they write for that band, so a reworded band stays readable.
 * Slider levels come back at their band's centre (the prompt says nothing finer); what the
 * prompt never says (description, examples, the persona's id) is left empty.
 */
import { SCHEMA_VERSION } from "../../../src/core/persona/constants";
import { bandRange, type BandIndex } from "../../../src/core/persona/bands";
import type { Address, DimensionId, Language, Persona } from "../../../src/core/persona/schema";
import { emojiSection } from "../../../src/core/compiler/sections/emoji";
import { guardrailsSection } from "../../../src/core/compiler/sections/guardrails";
import { institutionalSection } from "../../../src/core/compiler/sections/institutional";
import { lengthSection } from "../../../src/core/compiler/sections/length";
import { registerSection } from "../../../src/core/compiler/sections/register";
import { toneSection } from "../../../src/core/compiler/sections/tone";
import { SECTION_WRITERS } from "../../../src/core/compiler/compile";

const LEVELS: readonly number[] = [0, 1, 2, 3, 4].map((band) => {
  const [low, high] = bandRange(band as BandIndex);
  return Math.round((low + high) / 2);
});

function probe(language: Language, overrides: Partial<Persona> = {}): Persona {
  return {
    format: "psydesign.persona",
    schemaVersion: SCHEMA_VERSION,
    id: "simulated",
    name: "Simulated",
    language,
    identity: { assistantName: "X", role: "Y" },
    // What a prompt that says nothing of the voice gets: plain, consultative, no jokes or emoji.
    voice: {
      warmth: 50,
      humor: 10,
      enthusiasm: 50,
      register: 50,
      institutional: 50,
      verbosity: 50,
      emoji: 10,
    },
    address: "formal",
    lexicon: { prefer: [], avoid: [] },
    guardrails: { avoidTopics: [], topicTriggers: {}, discloseAI: true },
    examples: [],
    extensions: {},
    ...overrides,
  };
}

/** What each band of a dimension writes: the section and, inside it, the part that is the band's. */
const BAND_TEXT: Readonly<Record<DimensionId, (persona: Persona) => string>> = {
  warmth: (p) => toneSection.write(p).split("\n")[0] ?? "",
  humor: (p) => toneSection.write(p).split("\n")[1] ?? "",
  enthusiasm: (p) => toneSection.write(p).split("\n")[2] ?? "",
  register: (p) => registerSection.write(p).split("\n\n")[0] ?? "",
  institutional: (p) => institutionalSection.write(p),
  verbosity: (p) => lengthSection.write(p),
  emoji: (p) => emojiSection.write(p),
};

type BandTable = Record<DimensionId, string[]>;
const tables = new Map<Language, BandTable>();

function bandTable(language: Language): BandTable {
  let table = tables.get(language);
  if (table === undefined) {
    const entries = Object.entries(BAND_TEXT).map(([id, write]) => {
      const texts = LEVELS.map((level) =>
        write(probe(language, { voice: { ...probe(language).voice, [id]: level } })),
      );
      return [id, texts];
    });
    table = Object.fromEntries(entries) as BandTable;
    tables.set(language, table);
  }
  return table;
}

const addressText = (language: Language, address: Address) =>
  registerSection.write(probe(language, { address })).split("\n\n")[1] ?? "";

/** The prompt's sections by title, in the order the compiler writes them. */
function sections(prompt: string, language: Language): Map<string, string> {
  const found = new Map<string, string>();
  const titles = SECTION_WRITERS.map((writer) => writer.title[language]);
  let at = 0;
  let open: { title: string; from: number } | undefined;
  for (const title of titles) {
    const heading = `${at === 0 && open === undefined ? "" : "\n\n"}## ${title}\n`;
    const index = prompt.indexOf(heading, at);
    if (index < 0) continue;
    if (open) found.set(open.title, prompt.slice(open.from, index));
    open = { title, from: index + heading.length };
    at = open.from;
  }
  if (open) found.set(open.title, prompt.slice(open.from).replace(/\n$/, ""));
  return found;
}

/** "« a », « b »" or '"a", "b"' back into its phrases. */
function unquoteList(language: Language, list: string): string[] {
  const [open, separator, close] = language === "fr" ? ["« ", " », « ", " »"] : ['"', '", "', '"'];
  const inner = list.trim();
  if (!inner.startsWith(open) || !inner.endsWith(close)) return [];
  return inner.slice(open.length, inner.length - close.length).split(separator);
}

/** The text after `label` on the line that starts with it. */
function lineAfter(body: string, label: string): string | undefined {
  const line = body.split("\n").find((candidate) => candidate.startsWith(label));
  return line?.slice(label.length);
}

const unstop = (text: string) => text.replace(/\.$/, "");

function readIdentity(
  body: string,
  language: Language,
): Persona["identity"] & { greeting?: string } {
  const fr = language === "fr";
  const first = body.split("\n")[0] ?? "";
  const match = fr
    ? /^Vous êtes (.*?), (.*)$/.exec(first)
    : /^You are (.*?)\s*Your role: (.*)$/.exec(first);
  const identity: Persona["identity"] & { greeting?: string } = {
    assistantName: unstop(match?.[1] ?? "Assistant") || "Assistant",
    role: unstop(match?.[2] ?? "assistant") || "assistant",
  };
  const organization = lineAfter(
    body,
    fr ? "Organisation que vous représentez : " : "Organisation you represent: ",
  );
  if (organization !== undefined) identity.organization = unstop(organization);
  const purpose = lineAfter(body, fr ? "Votre mission : " : "Your purpose: ");
  if (purpose !== undefined) identity.purpose = purpose;
  const opener = fr
    ? "Ouvrez la première conversation par ce message : « "
    : 'Open the first conversation with this message: "';
  const from = body.indexOf(opener);
  const end = body.lastIndexOf("\n");
  if (from >= 0 && end > from)
    identity.greeting = body.slice(from + opener.length, end).slice(0, fr ? -2 : -1);
  return identity;
}

/** What the compiler writes just before the escalation route. */
function routeLead(language: Language): string {
  const mark = "\u0001";
  const written = guardrailsSection.write(
    probe(language, {
      guardrails: { avoidTopics: [], topicTriggers: {}, discloseAI: true, escalation: mark },
    }),
  );
  const paragraph = written.split("\n\n").at(-1) ?? "";
  return paragraph.slice(0, paragraph.indexOf(mark));
}

function readGuardrails(body: string, language: Language): Persona["guardrails"] {
  const fr = language === "fr";
  const disclosing = guardrailsSection.write(probe(language)).split("\n\n")[0] ?? "";
  const guardrails: Persona["guardrails"] = {
    avoidTopics: [],
    topicTriggers: {},
    discloseAI: body.startsWith(disclosing),
  };
  const also = fr ? " — reconnaissable aussi à : " : " — also recognisable by: ";
  const topicsLead = fr
    ? "Ne traitez pas les sujets suivants"
    : "Do not discuss the following topics";
  const paragraph = body.split("\n\n").find((part) => part.startsWith(topicsLead)) ?? "";
  for (const bullet of paragraph.split("\n").slice(1)) {
    if (!bullet.startsWith("- ")) continue;
    const [topic = "", triggers] = bullet.slice(2).split(also);
    guardrails.avoidTopics.push(topic);
    if (triggers !== undefined) guardrails.topicTriggers[topic] = unquoteList(language, triggers);
  }
  // The whole fixed sentence before the route, so a topic quoting "Procedure:" is not taken for it.
  const label = routeLead(language);
  const route = body.indexOf(label);
  if (route >= 0) guardrails.escalation = body.slice(route + label.length);
  return guardrails;
}

function readLexicon(body: string, language: Language): Persona["lexicon"] {
  const fr = language === "fr";
  const prefer = lineAfter(
    body,
    fr ? "Employez de préférence ces mots et expressions : " : "Prefer these words and phrases: ",
  );
  const avoid = lineAfter(
    body,
    fr ? "N'employez jamais ces mots et expressions : " : "Never use these words and phrases: ",
  );
  const avoidEnd = fr ? " ; reformulez avec d'autres mots." : "; rephrase instead.";
  return {
    prefer: prefer === undefined ? [] : unquoteList(language, unstop(prefer)),
    avoid:
      avoid === undefined || !avoid.endsWith(avoidEnd)
        ? []
        : unquoteList(language, avoid.slice(0, -avoidEnd.length)),
  };
}

/** The band whose text the prompt holds (the longest, should one band's text hold another's). */
function bandIn(body: string, texts: readonly string[]): BandIndex | undefined {
  let best: { band: BandIndex; length: number } | undefined;
  texts.forEach((text, band) => {
    if (text !== "" && body.includes(text) && text.length > (best?.length ?? -1))
      best = { band: band as BandIndex, length: text.length };
  });
  return best?.band;
}

/** The persona a compiled prompt describes, as far as the prompt says. */
export function readPrompt(prompt: string): Persona {
  const language: Language = prompt.startsWith("## Identité\n") ? "fr" : "en";
  const parts = sections(prompt, language);
  const part = (id: string) => {
    const writer = SECTION_WRITERS.find((candidate) => candidate.id === id);
    return (writer && parts.get(writer.title[language])) ?? "";
  };
  const { greeting, ...identity } = readIdentity(part("identity"), language);
  const audience = part("audience");
  if (audience !== "") {
    const lead = language === "fr" ? "Vos interlocuteurs : " : "The people you talk to: ";
    identity.audience = unstop(audience.split("\n")[0]?.slice(lead.length) ?? "");
  }
  const table = bandTable(language);
  const voice = { ...probe(language).voice };
  for (const id of Object.keys(table) as DimensionId[]) {
    const band = bandIn(prompt, table[id]);
    if (band !== undefined) voice[id] = LEVELS[band] as number;
  }
  const informal = part("register").includes(addressText(language, "informal"));
  return probe(language, {
    name: identity.assistantName,
    identity,
    voice,
    address: informal ? "informal" : "formal",
    lexicon: readLexicon(part("lexicon"), language),
    guardrails: readGuardrails(part("guardrails"), language),
    ...(greeting === undefined ? {} : { greeting }),
  });
}
