import { useState } from "react";
import { BAND_TOLERANCE } from "../../core/meter/adherence";
import type { DriftResult, DriftTurn } from "../../core/persona-tests/types";
import { useMessages, useUiLanguage } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import {
  axisLabel,
  dimensionLabel,
  driftSentence,
  levelsOf,
  readingLabel,
  type DriftDimension,
} from "./drift-words";

const W = 320;
const H = 130;
const LEFT = 70;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 24;

interface ChartProps {
  dimension: DriftDimension;
  target: string | undefined;
  turns: readonly DriftTurn[];
  /** The turns asked for: the x axis spans them while the run fills it. */
  total: number;
  firstDrift: DriftResult["firstDrifts"][number] | undefined;
}

/** One dimension over the conversation: turn on x, the reading on y, the target band shaded. */
export function DriftChart({ dimension, target, turns, total, firstDrift }: ChartProps) {
  const t = useMessages(testsMessages);
  const language = useUiLanguage();
  const [tableOpen, setTableOpen] = useState(false);
  const label = dimensionLabel(dimension, t, language);
  const points = turns.flatMap((turn) => {
    const reading = turn.readings.find((r) => r.dimension === dimension);
    return reading ? [{ turn: turn.turn, ...reading }] : [];
  });
  const levels = levelsOf(dimension);
  const lastTurn = Math.max(2, total, ...points.map((p) => p.turn));
  const x = (turn: number) => LEFT + ((turn - 1) / (lastTurn - 1)) * (W - LEFT - RIGHT);
  const step = (H - TOP - BOTTOM) / levels.values.length;
  // Level 0 at the bottom, as a slider's low end.
  const y = (level: number) => H - BOTTOM - (level + 0.5) * step;
  const targetLevel = target === undefined ? -1 : levels.of(target);
  const tolerance = dimension === "address" || dimension === "lexicon" ? 0 : BAND_TOLERANCE;
  const sentence = firstDrift ? driftSentence(firstDrift, t, language) : t.dimensionHeld;

  return (
    <figure className="tt-chart">
      <figcaption className="tt-chart-title">
        {t.chartTitle(label)}
        <span className={firstDrift ? "tt-drift-said tt-drifted" : "tt-drift-said"}>
          {sentence}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${t.chartTitle(label)}. ${sentence}`}
        className="tt-chart-svg"
      >
        {targetLevel >= 0 && tolerance > 0 && (
          // The meter's tolerance: a reading one band off still counts as on target.
          <rect
            className="tt-chart-tolerance"
            x={LEFT}
            width={W - LEFT - RIGHT}
            y={y(Math.min(levels.values.length - 1, targetLevel + tolerance)) - step / 2}
            height={
              step *
              (Math.min(levels.values.length - 1, targetLevel + tolerance) -
                Math.max(0, targetLevel - tolerance) +
                1)
            }
          />
        )}
        {targetLevel >= 0 && (
          <rect
            className="tt-chart-band"
            x={LEFT}
            width={W - LEFT - RIGHT}
            y={y(targetLevel) - step / 2}
            height={step}
          />
        )}
        {levels.values.map((name, level) => (
          <text key={name} x={LEFT - 4} y={y(level) + 4} textAnchor="end" className="tt-chart-axis">
            {axisLabel(dimension, name, t, language)}
          </text>
        ))}
        <line x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} className="tt-chart-rule" />
        <text x={LEFT} y={H - 6} className="tt-chart-axis">
          1
        </text>
        <text x={(LEFT + W) / 2} y={H - 6} textAnchor="middle" className="tt-chart-axis">
          {t.turnAxis}
        </text>
        <text x={W - RIGHT} y={H - 6} textAnchor="end" className="tt-chart-axis">
          {lastTurn}
        </text>
        <polyline
          className="tt-chart-line"
          points={points.map((p) => `${x(p.turn)},${y(levels.of(p.measured))}`).join(" ")}
        />
        {points.map((p) => (
          <circle
            key={p.turn}
            cx={x(p.turn)}
            cy={y(levels.of(p.measured))}
            r={2.5}
            className={p.ok ? "tt-chart-point" : "tt-chart-point tt-chart-off"}
          />
        ))}
        {firstDrift && (
          <g className="tt-chart-drift">
            <line x1={x(firstDrift.turn)} x2={x(firstDrift.turn)} y1={TOP} y2={H - BOTTOM} />
            <text x={x(firstDrift.turn) + 3} y={TOP + 8}>
              {firstDrift.turn}
            </text>
          </g>
        )}
      </svg>
      <details onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t.tableAlt(label)}</summary>
        {tableOpen && (
          <table className="tt-chart-table" aria-label={t.tableAlt(label)}>
            <thead>
              <tr>
                <th scope="col">{t.turnAxis}</th>
                <th scope="col">{t.reading}</th>
                <th scope="col">{t.onTarget}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.turn}>
                  <th scope="row">{p.turn}</th>
                  <td>{readingLabel(dimension, p.measured, t, language)}</td>
                  <td>{p.ok ? t.yes : t.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
