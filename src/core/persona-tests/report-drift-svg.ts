/**
 * A drift result as inline SVG, one small chart per slider dimension: turn on x, band 0..4 on
 * y, the target band shaded, the first drifting turn marked by a line and a label. Off-target
 * readings are drawn as crosses, on-target ones as dots, so the chart reads without colour.
 */
import type { ReportWords } from "./report-words";
import type { DriftResult } from "./types";

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 64;
const RIGHT = 16;
const TOP = 28;
const BOTTOM = 36;

/** SVG text and attributes take the same escaping as HTML. */
export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const isBand = (value: string | undefined): value is string =>
  value !== undefined && /^[0-4]$/.test(value);

function chart(drift: DriftResult, dimension: string, target: number, words: ReportWords): string {
  const turns = drift.turns;
  const last = Math.max(1, ...turns.map((t) => t.turn));
  const x = (turn: number) => LEFT + ((turn - 1) / Math.max(1, last - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (band: number) => TOP + ((4 - band) / 4) * (HEIGHT - TOP - BOTTOM);
  const parts: string[] = [];
  const bandTop = y(Math.min(4, target + 0.5));
  const bandBottom = y(Math.max(0, target - 0.5));
  parts.push(
    `<rect x="${LEFT}" y="${bandTop.toFixed(1)}" width="${WIDTH - LEFT - RIGHT}" height="${(bandBottom - bandTop).toFixed(1)}" fill="#dbe9f7"><title>${escapeHtml(words.targetBand)} ${target}</title></rect>`,
  );
  for (let band = 0; band <= 4; band++)
    parts.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(band)}" y2="${y(band)}" stroke="#ccc"/>`,
      `<text x="${LEFT - 8}" y="${y(band) + 4}" text-anchor="end">${band}</text>`,
    );
  const step = Math.max(1, Math.ceil(last / 10));
  for (let turn = 1; turn <= last; turn += step)
    parts.push(
      `<text x="${x(turn).toFixed(1)}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle">${turn}</text>`,
    );
  parts.push(
    `<text x="${(LEFT + WIDTH - RIGHT) / 2}" y="${HEIGHT - 4}" text-anchor="middle">${escapeHtml(words.turn)}</text>`,
    `<text x="14" y="${TOP + (HEIGHT - TOP - BOTTOM) / 2}" text-anchor="middle" transform="rotate(-90 14 ${TOP + (HEIGHT - TOP - BOTTOM) / 2})">${escapeHtml(words.band)}</text>`,
  );
  const points = turns.flatMap((t) => {
    const reading = t.readings.find((r) => r.dimension === dimension);
    return reading && isBand(reading.measured)
      ? [{ turn: t.turn, band: Number(reading.measured), ok: reading.ok }]
      : [];
  });
  if (points.length > 1)
    parts.push(
      `<polyline fill="none" stroke="#555" points="${points.map((p) => `${x(p.turn).toFixed(1)},${y(p.band).toFixed(1)}`).join(" ")}"/>`,
    );
  for (const p of points) {
    const cx = x(p.turn);
    const cy = y(p.band);
    parts.push(
      p.ok
        ? `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="3" fill="#1f5f99"/>`
        : `<path d="M${(cx - 4).toFixed(1)} ${(cy - 4).toFixed(1)}l8 8m0 -8l-8 8" stroke="#b00020" stroke-width="2"/>`,
    );
  }
  const first = drift.firstDrifts.find((d) => d.dimension === dimension);
  if (first) {
    const fx = x(first.turn).toFixed(1);
    parts.push(
      `<line x1="${fx}" x2="${fx}" y1="${TOP - 4}" y2="${HEIGHT - BOTTOM}" stroke="#b00020" stroke-dasharray="4 3"/>`,
      `<text x="${fx}" y="${TOP - 10}" text-anchor="middle" fill="#b00020">${escapeHtml(`${words.firstDrift}: ${first.turn}`)}</text>`,
    );
  }
  const label = `${dimension} — ${words.targetBand} ${target}${first ? ` — ${words.driftFrom(dimension, first.turn, first.measured)}` : ""}`;
  return `<figure><figcaption>${escapeHtml(label)}</figcaption><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(label)}" font-size="12" font-family="sans-serif">${parts.join("")}</svg></figure>`;
}

/** Charts for the drift's slider dimensions (address and lexicon read as words, listed elsewhere). */
export function driftCharts(drift: DriftResult, words: ReportWords): string {
  return Object.entries(drift.targets)
    .filter((entry): entry is [string, string] => isBand(entry[1]))
    .map(([dimension, target]) => chart(drift, dimension, Number(target), words))
    .join("\n");
}
