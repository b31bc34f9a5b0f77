/**
 * The meter against the offline rehearsal engine: sweeps a persona's register slider and
 * measures each reply's formality. If the engine writes the register it is given and the
 * meter reads it, formality rises with the slider. Used by `npm run eval`, the meter bench
 * (its fixed messages) and tests/unit/rehearsal-meter.test.ts; evaluation code, so it lives
 * with the scripts and not in src/core.
 */
import type { Language } from "../../src/core/persona/constants";
import type { Persona } from "../../src/core/persona/schema";
import { analyze } from "../../src/core/meter/analyze";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import { spearman } from "../fit/stats";

/** A few fixed user messages per language: a question, a problem, thanks. */
export const SWEEP_MESSAGES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "How do I reset my password?",
    "My order arrived damaged and I'm upset.",
    "Can you tell me your opening hours?",
    "Thanks for your help!",
  ],
  fr: [
    "Comment je réinitialise mon mot de passe ?",
    "Ma commande est arrivée abîmée, je suis mécontent.",
    "Quels sont vos horaires d'ouverture ?",
    "Merci pour votre aide !",
  ],
};

/** Register levels of the sweep: 0, 10, … 100. */
export const SWEEP_LEVELS: readonly number[] = Array.from({ length: 11 }, (_, i) => i * 10);

export interface SweepPoint {
  persona: string;
  register: number;
  formality: number;
}

/** Every (persona, level, message) reply, measured. */
export function registerSweep(
  personas: readonly Persona[],
  levels: readonly number[] = SWEEP_LEVELS,
): SweepPoint[] {
  const points: SweepPoint[] = [];
  for (const persona of personas) {
    for (const register of levels) {
      const p: Persona = { ...persona, voice: { ...persona.voice, register } };
      for (const content of SWEEP_MESSAGES[persona.language]) {
        const reply = rehearse(p, [{ role: "user", content }]).text;
        points.push({
          persona: persona.id,
          register,
          formality: analyze(reply, persona.language).formality.score,
        });
      }
    }
  }
  return points;
}

/** Spearman ρ figures of a sweep: pooled over all replies, and per persona (mean, min). */
export function sweepRho(points: readonly SweepPoint[]): {
  pooled: number;
  perPersonaMean: number;
  perPersonaMin: number;
  levelMeans: number;
} {
  const pooled = spearman(
    points.map((p) => p.register),
    points.map((p) => p.formality),
  );
  const ids = [...new Set(points.map((p) => p.persona))];
  const per = ids.map((id) => {
    const mine = points.filter((p) => p.persona === id);
    return spearman(
      mine.map((p) => p.register),
      mine.map((p) => p.formality),
    );
  });
  const levels = [...new Set(points.map((p) => p.register))];
  const means = levels.map((l) => {
    const at = points.filter((p) => p.register === l);
    return at.reduce((s, p) => s + p.formality, 0) / at.length;
  });
  return {
    pooled,
    perPersonaMean: per.reduce((s, r) => s + r, 0) / Math.max(1, per.length),
    perPersonaMin: Math.min(...per),
    levelMeans: spearman(levels, means),
  };
}
