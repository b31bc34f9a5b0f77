/**
 * Meter throughput: analyze() over a mixed corpus of French and English replies (the
 * offline rehearsal's replies from the presets, plus PT16-like chat lines with emoji),
 * with each persona's lexicon. The goal is ≥ 5 MB/s of text on one core, so the studio
 * can re-measure every reply of a long conversation on each keystroke.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/core/meter/analyze";
import { SWEEP_MESSAGES } from "../eval/register-sweep";
import type { Language } from "../../src/core/persona/constants";
import { restorePersonaText } from "../../src/core/persona/restore";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import { median, throughput } from "./harness";
import type { Bench } from "./types";

const PERSONAS_DIR = fileURLToPath(new URL("../../personas/", import.meta.url));
const CHAT: readonly [string, Language][] = [
  ["lol yeah that's sooo cool!! u gotta try it 👍🏽", "en"],
  [
    "We regret to inform you that your application has been declined in accordance with our policy.",
    "en",
  ],
  ["salut t'as vu ça mdr 😂 c'est trop génial !!!", "fr"],
  [
    "Madame, Monsieur, nous accusons réception de votre dossier, qui sera traité dans les meilleurs délais. 👩‍💻 🇫🇷",
    "fr",
  ],
];

interface Item {
  text: string;
  language: Language;
  lexicon: { prefer: readonly string[]; avoid: readonly string[] };
}

function corpus(): Item[] {
  const items: Item[] = CHAT.map(([text, language]) => ({
    text,
    language,
    lexicon: { prefer: [], avoid: [] },
  }));
  for (const file of readdirSync(PERSONAS_DIR)
    .filter((n) => n.endsWith(".json"))
    .toSorted()) {
    const restored = restorePersonaText(readFileSync(`${PERSONAS_DIR}${file}`, "utf8"));
    if (!restored.ok) throw new Error(file);
    const persona = restored.persona;
    for (const register of [10, 50, 90]) {
      for (const content of SWEEP_MESSAGES[persona.language]) {
        const text = rehearse({ ...persona, voice: { ...persona.voice, register } }, [
          { role: "user", content },
        ]).text;
        items.push({ text, language: persona.language, lexicon: persona.lexicon });
      }
    }
  }
  return items;
}

export const meterBench: Bench = {
  id: "meter",
  description: "analyze() over mixed French and English replies",
  run({ runs, minRunMs }) {
    const items = corpus();
    const bytes =
      items.reduce((s, item) => s + Buffer.byteLength(item.text, "utf8"), 0) / items.length;
    let sink = 0;
    const op = (i: number) => {
      const item = items[i % items.length] as Item;
      sink += analyze(item.text, item.language, item.lexicon).formality.score;
    };
    throughput(op, minRunMs, items.length); // warm-up
    const perRun: number[] = [];
    for (let r = 0; r < runs; r++) perRun.push(throughput(op, minRunMs, items.length));
    if (sink === 0) throw new Error("meter produced no scores");
    const mbPerS = (median(perRun) * bytes) / 1e6;
    return [
      {
        name: "meter_mb_per_s",
        value: Math.round(mbPerS * 100) / 100,
        unit: "MB/s",
        detail: `median of ${runs} runs; ${items.length} replies, mean ${Math.round(bytes)} bytes`,
      },
      {
        name: "meter_replies_per_s",
        value: Math.round(median(perRun)),
        unit: "replies/s",
        detail: "with the persona's lexicon",
      },
    ];
  },
};
