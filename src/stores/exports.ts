/**
 * Everything the Export menu produces, as files to save. Loaded on the first export: the
 * card writer, the YAML writer and the share-link compressor stay off the first screen.
 */
// Straight from the exporter, not the cards chunk: exporting never loads the importer's style meter.
import { cardPng, cardV2, cardV3, type CardOptions } from "../core/cards/from-persona";
import {
  chatCompletionsBody,
  promptfooConfig,
  promptMarkdown,
  promptPlainText,
  snippets,
  type EndpointTarget,
} from "../core/exports";
import type { Persona } from "../core/persona/schema";
import { encodeReviewFragment } from "../core/review/share-link";
import { reviewPageHtml } from "../core/review/review-page";
import { cleanSettings, ENDPOINT_KEY, type EndpointSettings } from "./endpoint-store";
import { readRaw } from "./storage";

export const EXPORT_KINDS = [
  "ccv2",
  "ccv3",
  "ccv3-png",
  "prompt-md",
  "prompt-txt",
  "openai",
  "promptfoo",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFile {
  filename: string;
  type: string;
  content: string | Uint8Array;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The endpoint and model the designer chose in the preview settings, read from where the
 * preview saved them (the preview itself may not be loaded). The key is never read here.
 */
export function selectedTarget(): EndpointTarget {
  let saved: Partial<EndpointSettings> = {};
  try {
    const raw = readRaw(ENDPOINT_KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (parsed && typeof parsed === "object" && "state" in parsed)
      saved = (parsed as { state: Partial<EndpointSettings> }).state;
  } catch {
    // Unreadable settings: the defaults are what the preview would use too.
  }
  const { baseURL, model } = cleanSettings(saved);
  return { baseURL, model };
}

/** `card` is the card exports' choices (the compiled prompt as system prompt); other kinds ignore it. */
export function exportFile(
  persona: Persona,
  kind: ExportKind,
  target: EndpointTarget = selectedTarget(),
  card: CardOptions = {},
): ExportFile {
  const base = persona.id;
  switch (kind) {
    case "ccv2":
      return {
        filename: `${base}.card-v2.json`,
        type: "application/json",
        content: json(cardV2(persona, card)),
      };
    case "ccv3":
      return {
        filename: `${base}.card-v3.json`,
        type: "application/json",
        content: json(cardV3(persona, card)),
      };
    case "ccv3-png":
      return { filename: `${base}.card.png`, type: "image/png", content: cardPng(persona, card) };
    case "prompt-md":
      return {
        filename: `${base}.prompt.md`,
        type: "text/markdown",
        content: promptMarkdown(persona),
      };
    case "prompt-txt":
      return {
        filename: `${base}.prompt.txt`,
        type: "text/plain",
        content: promptPlainText(persona),
      };
    case "openai":
      return {
        filename: `${base}.openai-request.json`,
        type: "application/json",
        content: json(chatCompletionsBody(persona, target)),
      };
    case "promptfoo":
      return {
        filename: `${base}.promptfooconfig.yaml`,
        type: "application/yaml",
        content: promptfooConfig(persona, target),
      };
  }
}

export { snippets };

/**
 * The review link: the studio's review page with the persona, compressed, after the `#`, and
 * the id of the version it was saved as, so the client's feedback finds that version.
 */
export function reviewLink(persona: Persona, pageUrl: string, versionId?: string): string {
  const url = new URL("review.html", pageUrl);
  url.search = "";
  url.hash = encodeReviewFragment(persona, versionId);
  return url.toString();
}

/**
 * The self-contained review page: the single-file build of the review mode (served beside
 * the studio as review-page.html) with the persona written into it.
 */
export async function reviewPageFile(
  persona: Persona,
  pageUrl: string,
  fetcher: typeof fetch = fetch,
  versionId?: string,
): Promise<ExportFile> {
  const response = await fetcher(new URL("review-page.html", pageUrl));
  if (!response.ok) throw new Error(`review-page.html: HTTP ${response.status}`);
  const template = await response.text();
  return {
    filename: `${persona.id}.review.html`,
    type: "text/html",
    content: reviewPageHtml(template, persona, versionId),
  };
}
