/**
 * "Export comparison": the last run as a self-contained HTML page or Markdown, with the prompt
 * diff. The writers and the diff library are loaded only when a designer exports.
 */
import type { CompareReport, ReportSide, SideId } from "../../core/compare/types";
import type { CompareState, LiveReply } from "../../stores/compare-store";
import { compiledOf } from "../../stores/compiled";
import type { EndpointSettings } from "../../stores/endpoint-store";
import { failureText } from "../chat/failure-text";
import { downloadText } from "../common/download";
import { messagesIn, type UiLanguage } from "../i18n";
import { compareMessages } from "../i18n/messages/compare";
import { providerErrorMessages } from "../i18n/messages/provider-errors";
import { hostOf } from "./side-picker";

function sideOf(
  state: CompareState,
  side: SideId,
  ui: UiLanguage,
  endpoint: EndpointSettings,
): ReportSide | undefined {
  const t = messagesIn(compareMessages, ui);
  const persona = state.personaOf(side);
  if (!persona) return undefined;
  const { source, target } = state.sides[side];
  const version =
    source.kind === "version" ? state.versions.find((v) => v.id === source.id) : undefined;
  return {
    persona,
    versionLabel: version
      ? t.versionOption(
          version.name,
          new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" }).format(
            new Date(version.createdAt),
          ),
        )
      : t.now,
    targetLabel:
      target.kind === "offline" ? t.offline : `${target.model} · ${hostOf(endpoint.baseURL)}`,
  };
}

function replyOf(reply: LiveReply | undefined, ui: UiLanguage): LiveReply | undefined {
  if (!reply?.failure || reply.failure.kind === "aborted") return reply;
  return {
    ...reply,
    error: failureText(reply.failure, messagesIn(providerErrorMessages, ui)).title,
  };
}

export async function buildReport(
  state: CompareState,
  ui: UiLanguage,
  endpoint: EndpointSettings,
  now: Date,
): Promise<CompareReport | undefined> {
  const a = sideOf(state, "a", ui, endpoint);
  const b = sideOf(state, "b", ui, endpoint);
  if (!a || !b) return undefined;
  const { lineDiff } = await import("../../core/text/text-diff");
  return {
    language: ui,
    generatedAt: now.toISOString(),
    a,
    b,
    promptDiff: lineDiff(compiledOf(a.persona).systemPrompt, compiledOf(b.persona).systemPrompt),
    rows: state.users.map((user, turn) => ({
      turn,
      user,
      a: replyOf(state.replies.a[turn], ui),
      b: replyOf(state.replies.b[turn], ui),
    })),
  };
}

export async function exportComparison(
  format: "html" | "markdown",
  state: CompareState,
  ui: UiLanguage,
  endpoint: EndpointSettings,
): Promise<void> {
  const report = await buildReport(state, ui, endpoint, new Date());
  if (!report) return;
  const base = `comparison-${report.a.persona.id}`;
  if (format === "html") {
    const { writeCompareHtml } = await import("../../core/compare/report-html");
    downloadText(`${base}.html`, writeCompareHtml(report), "text/html");
  } else {
    const { writeCompareMarkdown } = await import("../../core/compare/report-markdown");
    downloadText(`${base}.md`, writeCompareMarkdown(report), "text/markdown");
  }
}
