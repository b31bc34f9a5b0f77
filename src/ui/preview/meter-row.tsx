import { useId, useState } from "react";
import { CATALOG } from "../../core/persona/catalog";
import { bandIndex, type BandIndex } from "../../core/persona/bands";
import { DIMENSION_IDS, type DimensionId } from "../../core/persona/constants";
import type { Persona } from "../../core/persona/schema";
import type { DimensionAdherence, Measurement, Span } from "../../core/meter/types";
import type { ReplyReading } from "../../stores/measured";
import { useReadings } from "./use-readings";
import { useKeptOpen } from "./use-kept-open";
import { useOpenPersona } from "../studio-context";
import { useMessages, useUiLanguage, type MessagesOf, type UiLanguage } from "../i18n";
import { meterMessages } from "../i18n/messages/meter";
import { addressName } from "./address-name";

type MeterMessages = MessagesOf<typeof meterMessages>;

/** The meter reading that stands for each slider. */
function readingFor(m: Measurement, id: DimensionId): { band: BandIndex; evidence: Span[] } {
  if (id === "register") return m.formality;
  if (id === "verbosity") return { band: m.length.band, evidence: [] };
  if (id === "emoji") return m.emoji;
  return m[id];
}

interface Cell {
  key: string;
  label: string;
  measured: string;
  target: string;
  ok: boolean;
  evidence: Span[];
}

function cells(
  entries: readonly DimensionAdherence[],
  m: Measurement,
  persona: Persona,
  ui: UiLanguage,
  t: MeterMessages,
): Cell[] {
  return entries.map((entry) => {
    const id = entry.dimension;
    if (id === "address") {
      return {
        key: id,
        label: t.address,
        measured: addressName(m.address.form, persona.language, t),
        target: addressName(persona.address, persona.language, t),
        ok: entry.ok,
        evidence: m.address.evidence,
      };
    }
    if (id === "lexicon") {
      const found = m.lexicon.avoided.filter((h) => h.spans.length > 0);
      return {
        key: id,
        label: t.lexicon,
        measured: found.length === 0 ? t.noneUsed : found.map((h) => h.term).join(", "),
        target: t.noneUsed,
        ok: entry.ok,
        evidence: found.flatMap((h) => h.spans),
      };
    }
    const dimension = CATALOG[id];
    const reading = readingFor(m, id);
    return {
      key: id,
      label: dimension.label[ui],
      measured: dimension.bands[reading.band].name[ui],
      target: dimension.bands[bandIndex(persona.voice[id])].name[ui],
      ok: entry.ok,
      evidence: reading.evidence,
    };
  });
}

/** Hard rules first, then the sliders in the editor's order. */
const order = (key: string) =>
  key === "address" ? -2 : key === "lexicon" ? -1 : DIMENSION_IDS.indexOf(key as DimensionId);

/** The reply with the evidence spans marked (overlapping spans merged). */
function Highlighted({
  text,
  spans,
  lang,
}: {
  text: string;
  spans: readonly Span[];
  lang: string;
}) {
  const sorted = spans.filter((s) => s.end > s.start).toSorted((a, b) => a.start - b.start);
  const parts: { text: string; cue?: string }[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: text.slice(start, span.end), cue: span.cue });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p className="pv-evidence-text" lang={lang}>
      {parts.map((part, i) =>
        part.cue ? (
          <mark key={i} title={part.cue}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * Under a reply: one line ("✓ on target", "2 drifts: Register, Warmth"), and on demand the
 * detail, each dimension measured against the persona's target with its verdict in words
 * and an icon (colour is only a third signal), expandable to the evidence.
 */
export function MeterRow({ text, turnId }: { text: string; turnId?: string }) {
  const persona = useOpenPersona();
  return persona ? <MeterCells text={text} persona={persona} turnId={turnId} /> : null;
}

function MeterCells({
  text,
  persona,
  turnId,
}: {
  text: string;
  persona: Persona;
  turnId?: string;
}) {
  const t = useMessages(meterMessages);
  const ui = useUiLanguage();
  // Kept by turn: the virtual list draws a turn anew when it scrolls back into view.
  const [details, keepDetails] = useKeptOpen(turnId && `${turnId}:details`);
  const [open, setOpen] = useKeptOpen(turnId && `${turnId}:evidence`);
  const detail = details !== null;
  const detailId = useId();
  const panelId = useId();
  const [fresh] = useReadings([text], persona);
  // While the persona's new reading is on its way (a slider step), the last one stays with the
  // persona it was read against: the line neither blinks out nor mixes two personas.
  const [kept, setKept] = useState<{ text: string; persona: Persona; reading: ReplyReading }>();
  if (fresh && (kept?.reading !== fresh || kept.persona !== persona || kept.text !== text))
    setKept({ text, persona, reading: fresh });
  const shownReading = fresh ? { persona, reading: fresh } : kept?.text === text ? kept : undefined;
  if (!shownReading) return null;
  const { measurement, adherence } = shownReading.reading;
  const list = cells(adherence.dimensions, measurement, shownReading.persona, ui, t).toSorted(
    (a, b) => order(a.key) - order(b.key),
  );
  const drifts = list.filter((cell) => !cell.ok);
  const line =
    drifts.length === 0
      ? t.onTarget
      : t.driftLine(t.drifts(drifts.length), drifts.map((cell) => cell.label).join(", "));
  const shown = list.find((c) => c.key === open);
  return (
    <div className="pv-meter" role="group" aria-label={`${t.meter}: ${t.score(adherence.score)}`}>
      <p className="pv-meter-line">
        <span className={drifts.length === 0 ? "pv-meter-sum-ok" : "pv-meter-sum-drift"}>
          <span aria-hidden="true">{drifts.length === 0 ? "✓" : "✗"}</span> {line}
        </span>{" "}
        <button
          type="button"
          className="pv-meter-toggle"
          aria-expanded={detail}
          aria-controls={detailId}
          onClick={() => keepDetails(detail ? null : "open")}
        >
          {t.details}
        </button>
      </p>
      <div id={detailId} className="pv-meter-detail" hidden={!detail}>
        {detail && (
          <>
            {/* Not a list: these sit inside a conversation turn, itself a list item. */}
            <div className="pv-meter-cells">
              {list.map((cell) => (
                <span key={cell.key} className={cell.ok ? "pv-meter-ok" : "pv-meter-drift"}>
                  <button
                    type="button"
                    aria-expanded={open === cell.key}
                    aria-controls={panelId}
                    onClick={() => setOpen(open === cell.key ? null : cell.key)}
                  >
                    <span aria-hidden="true">{cell.ok ? "✓" : "✗"}</span>{" "}
                    {t.chip(cell.label, cell.measured, cell.target)}
                    <span className="cm-visually-hidden"> ({cell.ok ? t.ok : t.drift})</span>
                  </button>
                </span>
              ))}
            </div>
            <div id={panelId}>
              {shown && (
                <div className="pv-evidence">
                  <p className="pv-evidence-title">{t.evidenceOf(shown.label)}</p>
                  <Highlighted text={text} spans={shown.evidence} lang={persona.language} />
                </div>
              )}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
