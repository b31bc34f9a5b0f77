import { useState, type FormEvent } from "react";
import { endpointHost } from "../../stores/endpoint-store";
import { OFFLINE_KEY, endpointModels, modelKey } from "../../stores/tests-store";
import { useMessages } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { useEndpoint } from "../preview/use-preview";
import { useTests, useTestsStore } from "./use-tests";

/** The endpoint's models to test: the preview's configured one, then those added here. */
export function useEndpointModels(): string[] {
  const provider = useEndpoint((s) => s.provider);
  const model = useEndpoint((s) => s.model);
  const extra = useTests((s) => s.models);
  return endpointModels({ provider, model }, extra);
}

function Choice({ id, label }: { id: string; label: string }) {
  const store = useTestsStore();
  const chosen = useTests((s) => !s.unchosen.includes(id));
  const running = useTests((s) => s.status === "running");
  return (
    <label className="tt-choice">
      <input
        type="checkbox"
        checked={chosen}
        disabled={running}
        onChange={(event) => store.getState().setChosen(id, event.target.checked)}
      />
      {label}
    </label>
  );
}

/** The offline rehearsal, and each model on the preview's endpoint, to tick for the next run. */
export function TargetPicker() {
  const t = useMessages(testsMessages);
  const store = useTestsStore();
  const provider = useEndpoint((s) => s.provider);
  const configured = useEndpoint((s) => s.model);
  const host = endpointHost(useEndpoint((s) => s.baseURL));
  const models = useEndpointModels();
  const running = useTests((s) => s.status === "running");
  const [name, setName] = useState("");

  const add = (event: FormEvent) => {
    event.preventDefault();
    store.getState().addModel(name);
    setName("");
  };

  return (
    <fieldset className="tt-targets">
      <legend>{t.targets}</legend>
      <Choice id={OFFLINE_KEY} label={t.offline} />
      {models.map((model) => (
        <span key={model} className="tt-model">
          <Choice id={modelKey(model)} label={t.onEndpoint(model, host)} />
          {model !== configured && (
            <button
              type="button"
              className="cm-button"
              disabled={running}
              onClick={() => store.getState().removeModel(model)}
            >
              {t.removeModel(model)}
            </button>
          )}
        </span>
      ))}
      {provider === "openai-compatible" ? (
        <form className="tt-add-model" onSubmit={add}>
          <label>
            {t.addModel}
            <input
              className="cm-field"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="submit" className="cm-button" disabled={running || name.trim() === ""}>
            {t.addModelButton}
          </button>
        </form>
      ) : (
        <p className="tt-note">{t.noEndpoint}</p>
      )}
    </fieldset>
  );
}
