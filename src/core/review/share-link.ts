/**
 * Review links: a persona travels inside the link itself, after the `#`, so it reaches the
 * client's browser and never a server (browsers do not send the fragment). The fragment is
 * "r1." and the persona's compact JSON, zlib-compressed (RFC 1950: deflate plus an Adler-32
 * checksum of the JSON, so a link cut short or edited by hand is caught), in unpadded base64url.
 * Reading one goes through the persona door (restorePersona) like every other way in.
 */
import { zlibSync } from "fflate";
import { inflateCapped } from "../compression/inflate-capped";
import { MAX_PERSONA_BYTES } from "../persona/constants";
import { restorePersona, type Problem } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { adler32 } from "./adler32";
import { decodeBase64url, encodeBase64url } from "./base64url";

/**
 * The studio's id of the version a link was made from, after the body and a ".": base64url
 * has no ".", so older links (without it) read as before. Feedback given on the link carries it.
 */
const VERSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The version tag of the link format; a later format gets "r2." and this reader refuses it. */
export const REVIEW_LINK_PREFIX = "r1.";

export type ReviewLinkProblem =
  "empty" | "not-a-review-link" | "corrupt" | "too-large" | "invalid-persona";

export type ReviewLinkResult =
  | { ok: true; persona: Persona; versionId?: string }
  | {
      ok: false;
      problem: ReviewLinkProblem;
      /** For "invalid-persona": what the door said. */ details?: Problem[];
    };

// Compressed data is never much larger than its input (deflate's stored blocks add 5 bytes per
// 64 KiB), so a longer fragment cannot hold a persona the door would accept.
const MAX_FRAGMENT_CHARS = Math.ceil(((MAX_PERSONA_BYTES + 1024) * 4) / 3);

const encoder = new TextEncoder();

/** The fragment (without `#`) that carries `persona` (and the version it is) in a review link. */
export function encodeReviewFragment(persona: Persona, versionId?: string): string {
  const json = encoder.encode(JSON.stringify(persona));
  const body = REVIEW_LINK_PREFIX + encodeBase64url(zlibSync(json, { level: 9, mem: 8 }));
  return versionId !== undefined && VERSION_ID.test(versionId) ? `${body}.${versionId}` : body;
}

/** The length in characters of the review link `baseUrl#fragment` (any fragment in `baseUrl` replaced). */
export function reviewLinkLength(persona: Persona, baseUrl: string): number {
  return baseUrl.replace(/#.*$/s, "").length + 1 + encodeReviewFragment(persona).length;
}

/**
 * The persona in a review link's fragment (with or without its `#`). Never throws: a missing,
 * foreign, damaged, oversized or invalid fragment is reported as a problem.
 */
export function decodeReviewFragment(fragment: string): ReviewLinkResult {
  const text = fragment.trim().replace(/^#/, "");
  if (text === "") return { ok: false, problem: "empty" };
  if (!text.startsWith(REVIEW_LINK_PREFIX)) return { ok: false, problem: "not-a-review-link" };
  const [body = "", versionId, ...more] = text.slice(REVIEW_LINK_PREFIX.length).split(".");
  if (more.length > 0 || (versionId !== undefined && !VERSION_ID.test(versionId)))
    return { ok: false, problem: "corrupt" };
  if (body.length > MAX_FRAGMENT_CHARS) return { ok: false, problem: "too-large" };
  const bytes = decodeBase64url(body);
  if (!bytes) return { ok: false, problem: "corrupt" };
  const unpacked = unzlibCapped(bytes, MAX_PERSONA_BYTES);
  if ("problem" in unpacked) return { ok: false, problem: unpacked.problem };
  let value: unknown;
  try {
    value = JSON.parse(unpacked.json);
  } catch {
    return { ok: false, problem: "corrupt" };
  }
  const restored = restorePersona(value);
  if (!restored.ok) return { ok: false, problem: "invalid-persona", details: restored.problems };
  return versionId === undefined
    ? { ok: true, persona: restored.persona }
    : { ok: true, persona: restored.persona, versionId };
}

/** zlib data → UTF-8 text of at most `max` bytes, checked against its Adler-32 checksum. */
function unzlibCapped(
  bytes: Uint8Array,
  max: number,
): { json: string } | { problem: "corrupt" | "too-large" } {
  const corrupt = { problem: "corrupt" } as const;
  // Header (RFC 1950 §2.2): deflate, window ≤ 32 KiB, check bits, no preset dictionary.
  const [cmf = 0, flg = 0] = bytes;
  if (
    bytes.length < 7 ||
    (cmf & 0x0f) !== 8 ||
    cmf >> 4 > 7 ||
    (cmf * 256 + flg) % 31 !== 0 ||
    flg & 0x20
  )
    return corrupt;
  const out = inflateCapped(bytes.subarray(2, -4), max, "deflate");
  if (out === "too-large") return { problem: "too-large" };
  if (out === undefined) return corrupt;
  const view = bytes.subarray(-4);
  const expected = ((view[0]! << 24) | (view[1]! << 16) | (view[2]! << 8) | view[3]!) >>> 0;
  if (adler32(out) !== expected) return corrupt;
  try {
    return { json: new TextDecoder("utf-8", { fatal: true }).decode(out) };
  } catch {
    return corrupt;
  }
}
