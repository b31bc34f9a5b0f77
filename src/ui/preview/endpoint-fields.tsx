import { useId } from "react";
import { ENDPOINT_PRESETS, type EndpointPresetId } from "../../providers/types";
import type { EndpointSettings } from "../../stores/endpoint-store";
import { useMessages, type MessagesOf } from "../i18n";
import { previewMessages } from "../i18n/messages/preview";

type PreviewMessages = MessagesOf<typeof previewMessages>;

/** The form's values: numbers stay text while typed, and are cleaned on Save. */
export type Draft = Omit<EndpointSettings, "temperature" | "maxTokens" | "firstByteTimeoutS"> & {
  temperature: string;
  maxTokens: string;
  firstByteTimeoutS: string;
  apiKey: string;
};

interface EndpointFieldsProps {
  draft: Draft;
  /** False in a page opened from a file: the key cannot be remembered, and the form says why. */
  canRemember: boolean;
  change(changes: Partial<Draft>): void;
  /** Unticking "Remember on this device" takes effect at once, not on Save. */
  forgetKey(): void;
}

/** Where the endpoint is and how to call it; the key and the opt-in to remember it. */
export function EndpointFields({ draft, canRemember, change, forgetKey }: EndpointFieldsProps) {
  const t = useMessages(previewMessages);
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const choosePreset = (preset: EndpointPresetId) => {
    const found = ENDPOINT_PRESETS.find((p) => p.id === preset);
    // "Custom" keeps what is typed; a named endpoint fills in its address and a model it serves.
    change(
      found && found.id !== "custom"
        ? { preset, baseURL: found.baseURL, model: found.model }
        : { preset },
    );
  };

  return (
    <div className="pv-endpoint">
      <label htmlFor={field("preset")}>{t.endpoint}</label>
      <select
        id={field("preset")}
        className="cm-field"
        value={draft.preset}
        onChange={(event) => choosePreset(event.target.value as EndpointPresetId)}
      >
        {ENDPOINT_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {t.presets[p.id]}
          </option>
        ))}
      </select>
      <label htmlFor={field("url")}>{t.baseURL}</label>
      <input
        id={field("url")}
        className="cm-field"
        type="url"
        inputMode="url"
        spellCheck={false}
        value={draft.baseURL}
        onChange={(event) => change({ baseURL: event.target.value })}
      />
      <label htmlFor={field("model")}>{t.model}</label>
      <input
        id={field("model")}
        className="cm-field"
        spellCheck={false}
        value={draft.model}
        onChange={(event) => change({ model: event.target.value })}
      />
      <label htmlFor={field("temperature")}>{t.temperature}</label>
      <input
        id={field("temperature")}
        className="cm-field"
        type="number"
        min={0}
        max={2}
        step={0.1}
        value={draft.temperature}
        onChange={(event) => change({ temperature: event.target.value })}
      />
      <label htmlFor={field("max")}>{t.maxTokens}</label>
      <input
        id={field("max")}
        className="cm-field"
        type="number"
        min={1}
        step={1}
        value={draft.maxTokens}
        onChange={(event) => change({ maxTokens: event.target.value })}
      />
      <label htmlFor={field("first-byte")}>{t.firstByteTimeout}</label>
      <input
        id={field("first-byte")}
        className="cm-field"
        type="number"
        min={1}
        max={600}
        step={1}
        aria-describedby={field("first-byte-note")}
        value={draft.firstByteTimeoutS}
        onChange={(event) => change({ firstByteTimeoutS: event.target.value })}
      />
      <p id={field("first-byte-note")} className="pv-hint">
        {t.firstByteTimeoutNote}
      </p>
      <label htmlFor={field("key")}>{t.apiKey}</label>
      <input
        id={field("key")}
        className="cm-field"
        type="password"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={field("key-note")}
        value={draft.apiKey}
        onChange={(event) => change({ apiKey: event.target.value })}
      />
      <p id={field("key-note")} className="pv-hint">
        {canRemember ? t.apiKeyNote : t.apiKeyNoteFromFile}
      </p>
      {canRemember && (
        <RememberKey
          t={t}
          checked={draft.rememberKey}
          warningId={field("warning")}
          change={change}
          forgetKey={forgetKey}
        />
      )}
    </div>
  );
}

interface RememberKeyProps {
  t: PreviewMessages;
  checked: boolean;
  warningId: string;
  change(changes: Partial<Draft>): void;
  forgetKey(): void;
}

/** The opt-in to keep the key in this browser's storage, with what that means. */
function RememberKey({ t, checked, warningId, change, forgetKey }: RememberKeyProps) {
  return (
    <>
      <label className="pv-remember">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={warningId}
          onChange={(event) => {
            change({ rememberKey: event.target.checked });
            if (!event.target.checked) forgetKey();
          }}
        />
        {t.remember}
      </label>
      <p id={warningId} className="pv-warning">
        {t.rememberWarning}
      </p>
    </>
  );
}
