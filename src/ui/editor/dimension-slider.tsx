import { memo, useId, useRef } from "react";
import * as Slider from "@radix-ui/react-slider";
import { CATALOG, bandOf } from "../../core/persona/catalog";
import { setVoice } from "../../core/persona/edits";
import { KEY_BURST_MS } from "../../stores/history-store";
import type { DimensionId } from "../../core/persona/schema";
import { useStudio } from "../studio-context";
import { useMessages, useUiLanguage } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { usePersonaSlice } from "./use-persona-slice";
import { WarningNotes } from "./warning-notes";

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
   * step too (its own gesture key, closed by a pause of KEY_BURST_MS). Not onValueCommit: on a key press, Radix's controlled slider calls it
   * before onValueChange, which would leave the key's gesture open and fold the next drag
   * of the same slider into it; and it skips the commit when a drag ends where it started.
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

  return (
    <div className="ed-slider">
      <div className="ed-slider-head">
        <span className="ed-slider-label">{dimension.label[ui]}</span>
        <span className="ed-slider-value" aria-hidden="true">
          {level}
        </span>
      </div>
      <Slider.Root
        className="ed-slider-root"
        min={0}
        max={100}
        step={1}
        value={[level]}
        onPointerDown={() => (dragging.current = true)}
        onValueChange={([value]) => {
          if (value === undefined) return;
          if (dragging.current) studio.edit(setVoice(id, value), gesture);
          else studio.edit(setVoice(id, value), `${gesture}:keys`, KEY_BURST_MS);
        }}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <Slider.Track className="ed-slider-track">
          <Slider.Range className="ed-slider-range" />
        </Slider.Track>
        <Slider.Thumb
          className="ed-slider-thumb"
          aria-label={dimension.label[ui]}
          aria-valuetext={`${level} — ${band.name[ui]}`}
          aria-describedby={warningsId}
        />
      </Slider.Root>
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
