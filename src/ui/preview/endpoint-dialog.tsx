import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { providerFailure } from "../../providers/errors";
import {
  cleanSettings,
  endpointHost,
  type EndpointState,
  type EndpointStore,
  type ProviderChoice,
} from "../../stores/endpoint-store";
import type { Preview } from "../../stores/preview";
import { failureText } from "../chat/failure-text";
import { Dialog } from "../common/dialog";
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

export interface EndpointDialogProps {
  endpoint: EndpointStore;
  testConnection: Preview["testConnection"];
  /** The button that opened it: focus goes back there. */
  returnFocus?: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * The provider settings, as a modal dialog: Escape, Cancel or a click beside it closes it
 * without saving. Given its stores rather than reading the studio's, so the client's review
 * page uses it too.
 */
export function EndpointDialog({
  endpoint,
  testConnection,
  returnFocus,
  onClose,
}: EndpointDialogProps) {
  const t = useMessages(previewMessages);
  const common = useMessages(commonMessages);
  const failures = useMessages(providerErrorMessages);
  const titleId = useId();
  const [draft, setDraft] = useState(() => draftOf(endpoint.getState()));
  const [test, setTest] = useState("");
  const testRun = useRef<AbortController | null>(null);
  const change = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  useEffect(() => () => testRun.current?.abort(), []);

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
    setTest(
      settings.provider === "rehearsal"
        ? t.testRehearsal
        : t.testOk(settings.model, endpointHost(settings.baseURL)),
    );
  };

  const save = () => {
    endpoint.getState().save(draft);
    onClose();
  };

  const choice = (value: ProviderChoice, label: string) => (
    <label className="pv-radio">
      <input
        type="radio"
        name={`${titleId}-provider`}
        value={value}
        checked={draft.provider === value}
        onChange={() => change({ provider: value })}
      />
      {label}
    </label>
  );

  return (
    <Dialog
      title={t.settings}
      onClose={onClose}
      closeOnOutsideClick
      returnFocus={returnFocus}
      actions={
        <>
          <button type="button" className="cm-button" onClick={onClose}>
            {common.cancel}
          </button>
          <button type="button" className="cm-button cm-button-primary" onClick={save}>
            {common.save}
          </button>
        </>
      }
    >
      <div className="pv-dialog">
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
      </div>
    </Dialog>
  );
}
