import { memo, useId, useRef, type CSSProperties, type KeyboardEvent } from "react";
import { CATALOG, bandOf } from "../../core/persona/catalog";
import { setVoice } from "../../core/persona/edits";
import { KEY_BURST_MS } from "../../stores/history-store";
import type { DimensionId } from "../../core/persona/schema";
import { useStudio } from "../studio-context";
import { useMessages, useUiLanguage } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";
import { WarningNotes } from "./warning-notes";

const within = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The level a key moves a slider to, or undefined for a key a slider does not take. The
 * keys are the studio's own, not the browser's: the same steps everywhere (a native range
 * moves by a tenth of its span on Page Up in one browser and by one in another), and a
 * test without layout presses them as a person does.
 */
function keyed(event: KeyboardEvent, level: number): number | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const step = event.shiftKey ? 10 : 1;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowUp":
      return within(level + step);
    case "ArrowLeft":
    case "ArrowDown":
      return within(level - step);
    case "PageUp":
      return within(level + 10);
    case "PageDown":
      return within(level - 10);
    case "Home":
      return 0;
    case "End":
      return 100;
    default:
      return undefined;
  }
}

/**
 * One voice dimension: a 0..100 slider with its poles, its value, and the band it falls
 * in. Subscribes to its own level only (see use-persona-slice.ts).
 */
export const DimensionSlider = memo(function DimensionSlider({ id }: { id: DimensionId }) {
  const studio = useStudio();
  const ui = useUiLanguage();
  const t = useMessages(editorMessages);
  const level = usePersonaSlice((p) => p.voice[id]);
  const personaLanguage = usePersonaSlice((p) => p.language);
  const warningsId = useId();
  /**
   * Undo steps: a pointer drag is one step (its edits share the gesture key, closed on
   * release or cancel: a touch that turned into a scroll); a burst of key presses is one
   * step too (its own gesture key, closed by a pause of KEY_BURST_MS). Not the change event
   * alone: a native range input fires it alike for a key and a drag.
   */
  const dragging = useRef(false);
  if (level === undefined || personaLanguage === undefined) return null;

  const dimension = CATALOG[id];
  const band = bandOf(id, level);
  const gesture = `slider:${id}`;
  const endDrag = () => {
    dragging.current = false;
    studio.endGesture();
  };
  const move = (value: number) => {
    if (value === level) return;
    if (dragging.current) studio.edit(setVoice(id, value), gesture);
    else studio.edit(setVoice(id, value), `${gesture}:keys`, KEY_BURST_MS);
  };

  return (
    <div className="ed-slider">
      <div className="ed-slider-head">
        <span className="ed-slider-label">{dimension.label[ui]}</span>
        <span className="ed-slider-value" aria-hidden="true">
          {level}
        </span>
      </div>
      <input
        type="range"
        className="ed-slider-input"
        style={{ "--fraction": level / 100 } as CSSProperties}
        min={0}
        max={100}
        step={1}
        value={level}
        aria-label={dimension.label[ui]}
        aria-valuetext={`${level} — ${band.name[ui]}`}
        aria-describedby={warningsId}
        onPointerDown={(event) => {
          dragging.current = true;
          // The release then reaches this slider wherever the pointer is.
          event.currentTarget.setPointerCapture?.(event.pointerId);
        }}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onKeyDown={(event) => {
          const next = keyed(event, level);
          if (next === undefined) return;
          event.preventDefault();
          move(next);
        }}
        onChange={(event) => move(Number(event.currentTarget.value))}
      />
      <div className="ed-slider-poles" aria-hidden="true">
        <span>{dimension.poles.low[ui]}</span>
        <span>{dimension.poles.high[ui]}</span>
      </div>
      <div className="ed-band">
        <p className="ed-band-name">{band.name[ui]}</p>
        <p className="ed-band-description">{band.description[ui]}</p>
        <p className="ed-band-example">
          <span className="ed-visually-hidden">{t.exampleLead}</span>
          <q lang={personaLanguage}>{band.example[personaLanguage]}</q>
        </p>
      </div>
      <WarningNotes id={warningsId} path={`voice.${id}`} />
    </div>
  );
});
