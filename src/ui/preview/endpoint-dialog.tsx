import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { providerFailure } from "../../providers/errors";
import { cleanSettings, endpointHost, type EndpointState, type EndpointStore, type ProviderChoice } from "../../stores/endpoint-store";
import type { Preview } from "../../stores/preview";
import { failureText } from "../chat/failure-text";
import { useMessages } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { previewMessages } from "../i18n/messages/preview";
import { providerErrorMessages } from "../i18n/messages/provider-errors";
import { EndpointFields, type Draft } from "./endpoint-fields";

const draftOf = (s: EndpointState): Draft => ({
  provider: s.provider,
  preset: s.preset,
  baseURL: s.baseURL,
  model: s.model,
  temperature: String(s.temperature),
  maxTokens: String(s.maxTokens),
  firstByteTimeoutS: String(s.firstByteTimeoutS),
  rememberKey: s.rememberKey,
  apiKey: s.apiKey,
});

const FOCUSABLE = "button, input, select, textarea, [tabindex]:not([tabindex='-1'])";

export interface EndpointDialogProps {
  endpoint: EndpointStore;
  testConnection: Preview["testConnection"];
  onClose(): void;
}

/**
 * The provider settings, as a modal dialog: focus moves in on open, Tab stays inside, Escape
 * or Cancel closes without saving, and the caller returns focus to the button that opened it.
 * Given its stores rather than reading the studio's, so the client's review page uses it too.
 */
export function EndpointDialog({ endpoint, testConnection, onClose }: EndpointDialogProps) {
  const t = useMessages(previewMessages);
  const common = useMessages(commonMessages);
  const failures = useMessages(providerErrorMessages);
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState(() => draftOf(endpoint.getState()));
  const [test, setTest] = useState("");
  const testRun = useRef<AbortController | null>(null);
  const change = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>("input:checked, input, button")?.focus();
    return () => testRun.current?.abort();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      return onClose();
    }
    if (event.key !== "Tab" || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute("disabled"));
    const first = items[0];
    const last = items.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const runTest = async () => {
    testRun.current?.abort();
    const controller = new AbortController();
    testRun.current = controller;
    const settings = { ...cleanSettings(draft, endpoint.getState()), apiKey: draft.apiKey.trim() };
    setTest(t.testing);
    const result = await testConnection(settings, controller.signal);
    if (controller.signal.aborted) return;
    if (!result.ok) {
      const { title, detail } = failureText(providerFailure(result.error), failures);
      return setTest(`${title}. ${detail}`);
    }
    setTest(settings.provider === "rehearsal" ? t.testRehearsal : t.testOk(settings.model, endpointHost(settings.baseURL)));
  };

  const save = () => {
    endpoint.getState().save(draft);
    onClose();
  };

  const choice = (value: ProviderChoice, label: string) => (
    <label className="pv-radio">
      <input type="radio" name={`${titleId}-provider`} value={value} checked={draft.provider === value} onChange={() => change({ provider: value })} />
      {label}
    </label>
  );

  return (
    <div className="pv-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={titleId} className="pv-dialog" onKeyDown={onKeyDown}>
        <h2 id={titleId}>{t.settings}</h2>
        <div role="radiogroup" aria-labelledby={`${titleId}-provider`} className="pv-providers">
          <p id={`${titleId}-provider`} className="pv-legend">
            {t.provider}
          </p>
          {choice("rehearsal", t.providerRehearsal)}
          {choice("openai-compatible", t.providerEndpoint)}
        </div>
        {draft.provider === "rehearsal" ? (
          <p className="pv-hint">{t.rehearsalNote}</p>
        ) : (
          <EndpointFields
            draft={draft}
            canRemember={endpoint.getState().canRememberKey}
            change={change}
            forgetKey={() => endpoint.getState().forgetKey()}
          />
        )}
        <div className="pv-dialog-test">
          <button type="button" onClick={() => void runTest()}>
            {t.testConnection}
          </button>
          <p role="status" className="pv-test-status">
            {test}
          </p>
        </div>
        <div className="pv-dialog-actions">
          <button type="button" onClick={onClose}>
            {common.cancel}
          </button>
          <button type="button" className="pv-primary" onClick={save}>
            {common.save}
          </button>
        </div>
      </div>
    </div>
  );
}
