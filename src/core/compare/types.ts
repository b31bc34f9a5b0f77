/**
 * The shapes of an A/B comparison: one conversation's user turns run on two sides (a persona
 * version and a target each), aligned turn by turn, each reply read by the style meter.
 * Plain data, so the studio's store, its view and the exported report share it.
 */
import type { DimensionAdherence } from "../meter/types";
import type { Persona } from "../persona/schema";

import type { DiffPart } from "../text/text-diff";

export type { DiffPart };

export type SideId = "a" | "b";
export const SIDE_IDS: readonly SideId[] = ["a", "b"];

/** One meter reading of a reply against its own side's persona. */
export type CompareReading = Pick<DimensionAdherence, "dimension" | "target" | "measured" | "ok">;

export type ReplyStatus = "queued" | "streaming" | "done" | "error" | "stopped";

export interface SideReply {
  text: string;
  status: ReplyStatus;
  /** Why the reply could not be had, in words, for "error". */
  error?: string;
  /** The reply came from the shared reply cache: no request was sent. */
  cached?: boolean;
  /** Read once the reply is done. */
  readings?: readonly CompareReading[];
}

/** One turn: the user's message once, each side's reply to it. */
export interface CompareRow {
  /** 0-based. */
  turn: number;
  user: string;
  a: SideReply | undefined;
  b: SideReply | undefined;
}

/** "18 of 21 targets held": readings on target over readings taken, and the replies read. */
export interface SideSummary {
  held: number;
  total: number;
  replies: number;
}

/** What the report says about one side. */
export interface ReportSide {
  /** The persona version's name as the designer knows it ("Current", "Before the review"). */
  versionLabel: string;
  /** "Offline rehearsal", "gpt-4o-mini · api.openai.com". */
  targetLabel: string;
  persona: Persona;
}

export interface CompareReport {
  language: "en" | "fr";
  /** ISO date the report was made (core has no clock: the caller passes it). */
  generatedAt: string;
  a: ReportSide;
  b: ReportSide;
  /** The compiled prompt of A against B's, line by line. */
  promptDiff: readonly DiffPart[];
  rows: readonly CompareRow[];
}
