import { useId } from "react";
import { useStore } from "zustand";
import type { SideId } from "../../core/compare/types";
import type { SourceChoice, TargetChoice } from "../../stores/compare-store";
import { previewOf } from "../../stores/preview";
import { useMessages, useUiLanguage } from "../i18n";
import { compareMessages } from "../i18n/messages/compare";
import { useLibrary, useOpenPersona, useStudio } from "../studio-context";
import { useCompare, useCompareStore } from "./use-compare";

const sourceValue = (source: SourceChoice) =>
  source.kind === "current" ? "current" : `${source.kind}:${source.id}`;

function sourceOf(value: string): SourceChoice {
  if (value.startsWith("version:")) return { kind: "version", id: value.slice("version:".length) };
  if (value.startsWith("persona:")) return { kind: "persona", id: value.slice("persona:".length) };
  return { kind: "current" };
}

export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
}

/** One side's choices: which persona version speaks, and where its replies come from. */
export function SidePicker({ side }: { side: SideId }) {
  const t = useMessages(compareMessages);
  const ui = useUiLanguage();
  const store = useCompareStore();
  const choice = useCompare((s) => s.sides[side]);
  const versions = useCompare((s) => s.versions);
  const open = useOpenPersona();
  const order = useLibrary((s) => s.order);
  const openId = useLibrary((s) => s.openId);
  const entries = useLibrary((s) => s.entries);
  const others = order.filter((id) => id !== openId && entries[id] !== undefined);
  const endpoint = useStore(previewOf(useStudio()).endpoint);
  const hasEndpoint = endpoint.provider === "openai-compatible";
  const personaId = useId();
  const targetId = useId();
  const modelId = useId();
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium", timeStyle: "short" });
  const setTarget = (target: TargetChoice) => store.getState().setTarget(side, target);
  return (
    <div className="cp-picker">
      <label htmlFor={personaId}>{t.persona}</label>
      <select
        id={personaId}
        value={sourceValue(choice.source)}
        onChange={(e) => store.getState().setSource(side, sourceOf(e.target.value))}
      >
        <option value="current">{t.current(open?.name ?? "")}</option>
        {versions.length > 0 && (
          <optgroup label={t.savedVersions}>
            {versions.map((v) => (
              <option key={v.id} value={`version:${v.id}`}>
                {t.versionOption(v.name, date.format(new Date(v.createdAt)))}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={t.otherPersonas}>
            {others.map((id) => (
              <option key={id} value={`persona:${id}`}>
                {entries[id]!.persona.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <label htmlFor={targetId}>{t.target}</label>
      <select
        id={targetId}
        value={choice.target.kind}
        onChange={(e) =>
          setTarget(
            e.target.value === "endpoint"
              ? { kind: "endpoint", model: endpoint.model }
              : { kind: "offline" },
          )
        }
      >
        <option value="offline">{t.offline}</option>
        <option value="endpoint" disabled={!hasEndpoint}>
          {hasEndpoint ? t.endpoint(hostOf(endpoint.baseURL)) : t.noEndpoint}
        </option>
      </select>
      {choice.target.kind === "endpoint" && (
        <>
          <label htmlFor={modelId}>{t.model}</label>
          <input
            id={modelId}
            value={choice.target.model}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setTarget({ kind: "endpoint", model: e.target.value })}
          />
        </>
      )}
    </div>
  );
}
