/**
 * Aligning two runs of one conversation and reading them: a row per user turn, each side
 * chained on its own replies, the summary counting each side's readings against its own
 * persona. Replies are real offline rehearsals of two presets.
 */
import { describe, expect, test } from "vitest";
import { presetByPath } from "../../../tests/helpers/preset-by-path";
import { bandIndex } from "../persona/bands";
import { CATALOG } from "../persona/catalog";
import { DIMENSION_IDS } from "../persona/constants";
import type { Persona } from "../persona/schema";
import { rehearse } from "../rehearsal/rehearse";
import { alignTurns, historyFor, summarizeSide, userTurnsOf } from "./align";
import { readReply } from "./readings";
import { COMPARE_WORDS } from "./report-words";
import { settingRows } from "./settings";
import type { SideReply } from "./types";

const preset = presetByPath;

const s = (held: number, total: number) => ({ held, total, replies: 3 });
const USERS = ["Bonjour, j'ai perdu ma carte.", "Que dois-je faire maintenant ?", "Merci !"];

/** Each side answers every turn with the rehearsal, chained on its own replies. */
function runSide(persona: Persona): SideReply[] {
  const replies: SideReply[] = [];
  USERS.forEach((_, turn) => {
    const text = rehearse(persona, historyFor(USERS, replies, turn)).text;
    replies.push({ text, status: "done", readings: readReply(persona, text) });
  });
  return replies;
}

describe("aligning an A/B run", () => {
  const a = runSide(preset("service-public"));
  const b = runSide(preset("startup-decontractee"));

  test("a row per user turn, the user once, both replies beside it", () => {
    const rows = alignTurns(USERS, a, b.slice(0, 2));
    expect(rows.map((r) => r.user)).toEqual(USERS);
    expect(rows[1]!.a!.text).toBe(a[1]!.text);
    expect(rows[1]!.b!.text).toBe(b[1]!.text);
    // B has not reached the last turn yet: its cell is empty, A's is not.
    expect(rows[2]!.b).toBeUndefined();
    expect(rows[2]!.a).toBeDefined();
  });

  test("each side's history holds its own replies, never the other side's", () => {
    const history = historyFor(USERS, b, 2);
    expect(history.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant", "user"]);
    expect(history[1]!.content).toBe(b[0]!.text);
    expect(history.some((m) => m.content === a[0]!.text)).toBe(a[0]!.text === b[0]!.text);
    // A reply that wrote nothing is left out, as in the preview.
    expect(historyFor(USERS, [{ text: "" }], 1).map((m) => m.role)).toEqual(["user", "user"]);
  });

  test("the summary counts the readings held over those taken, replies not yet read left out", () => {
    const summary = summarizeSide([...a, { text: "…", status: "streaming" }]);
    const readings = a.flatMap((r) => r.readings ?? []);
    expect(summary.replies).toBe(3);
    expect(summary.total).toBe(readings.length);
    expect(summary.held).toBe(readings.filter((r) => r.ok).length);
    // Nine readings a reply: seven sliders, address and avoided words.
    expect(summary.total).toBe(27);
  });

  test("a reply read against its persona: a 'tu' breaks the vous persona's address rule", () => {
    const formal = preset("service-public");
    const reading = readReply(formal, "Salut, tu peux me renvoyer ta carte ?").find(
      (r) => r.dimension === "address",
    );
    expect(reading).toMatchObject({ target: "formal", measured: "informal", ok: false });
  });

  test("the summary line in English and French", () => {
    expect(COMPARE_WORDS.en.summary(s(18, 21), s(21, 21))).toBe(
      "A: 18 of 21 targets held — B: 21 of 21",
    );
    expect(COMPARE_WORDS.fr.summary(s(18, 21), s(21, 21))).toBe(
      "A\u00a0: 18 cibles tenues sur 21 — B\u00a0: 21 sur 21",
    );
  });

  test("the conversation on screen gives its user turns, the replies dropped", () => {
    expect(
      userTurnsOf([
        { role: "user", text: "Hello" },
        { role: "assistant", text: "Hi" },
        { role: "user", text: "  " },
        { role: "user", text: "Bye" },
      ]),
    ).toEqual(["Hello", "Bye"]);
  });

  test("settings name each slider's band beside its level", () => {
    const persona = preset("service-public");
    const rows = settingRows(persona, "en");
    expect(rows).toHaveLength(9);
    const first = DIMENSION_IDS[0];
    expect(rows[0]).toEqual({
      label: CATALOG[first].label.en,
      value: `${CATALOG[first].bands[bandIndex(persona.voice[first])].name.en} (${persona.voice[first]})`,
    });
    expect(settingRows(persona, "fr").at(-2)).toEqual({ label: "Adresse", value: "vouvoiement" });
  });
});
