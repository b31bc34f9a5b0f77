import { summarize, type SummaryLine } from "../../core/meter/summary";
import { CATALOG } from "../../core/persona/catalog";
import { useReadings } from "./use-readings";
import { useOpenPersona } from "../studio-context";
import { useMessages, useUiLanguage, type MessagesOf, type UiLanguage } from "../i18n";
import { meterMessages } from "../i18n/messages/meter";
import type { Persona } from "../../core/persona/schema";
import { addressName } from "./address-name";
import { useTurns } from "./use-preview";
import { revealTurn } from "./reveal-turn";
import { useSettled } from "./use-settled";

/** How long the persona and the replies stay unchanged before the summary re-reads them, in ms. */
const SUMMARY_DELAY_MS = 300;

function lineText(
  line: SummaryLine,
  t: MessagesOf<typeof meterMessages>,
  ui: UiLanguage,
  persona: Persona,
): string {
  const n = t.replies(line.replies.length);
  switch (line.kind) {
    case "address":
      return t.addressDrift(addressName(line.form, persona.language, t), n, line.of);
    case "avoided-words":
      return t.avoidedDrift(n, line.of);
    case "dimension":
      return t.dimensionDrift(
        line.dimension === "address" || line.dimension === "lexicon"
          ? line.dimension
          : CATALOG[line.dimension].label[ui],
        n,
        line.of,
      );
    case "length":
      return line.direction === "longer" ? t.longer(line.percent) : t.shorter(line.percent);
  }
}

/** The whole conversation against the persona, each finding linked to the replies concerned. */
export function MeterSummary({ personaId }: { personaId: string }) {
  const t = useMessages(meterMessages);
  const ui = useUiLanguage();
  // One reading per reply: with hundreds of replies, not on every step of a slider drag.
  const persona = useSettled(useOpenPersona(), SUMMARY_DELAY_MS);
  const replies = useSettled(useTurns(personaId), SUMMARY_DELAY_MS).filter(
    (turn) => turn.role === "assistant" && turn.status === "done" && turn.text !== "",
  );
  const readings = useReadings(
    replies.map((turn) => turn.text),
    persona,
  );
  if (!persona || replies.length === 0 || readings.some((r) => r === undefined)) return null;
  const lines = summarize(
    readings.flatMap((r) => (r ? [r] : [])),
    persona,
  );
  const goTo = (index: number) => revealTurn(replies[index]!.id);
  return (
    <section className="pv-summary" aria-label={t.summary}>
      <h3>{t.summary}</h3>
      {lines.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>
          {t.noDrift}
        </p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={`${line.kind}-${"dimension" in line ? line.dimension : ""}`}>
              <span aria-hidden="true">✗ </span>
              {lineText(line, t, ui, persona)}{" "}
              {line.replies.map((index) => (
                <button
                  key={index}
                  type="button"
                  className="pv-summary-link"
                  onClick={() => goTo(index)}
                >
                  {t.goTo(index + 1)}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
