import { useId, useState } from "react";
import type { Expectation, ExpectationKind } from "../../core/scenarios/expectations";
import { EXPECTATION_KINDS } from "../../core/scenarios/expectations";
import type { Scenario } from "../../core/scenarios/types";
import { addExpectation, removeExpectation } from "../../stores/own-scenarios";
import { useMessages } from "../i18n";
import { expectationMessages } from "../i18n/messages/expectations";
import { useStudio } from "../studio-context";

/** What the designer expects of each reply to their own scenario (docs/persona-tests.md). */
export function ExpectationsEditor({ scenario }: { scenario: Scenario }) {
  const t = useMessages(expectationMessages);
  const count = scenario.expectations?.flat().length ?? 0;
  return (
    <details className="pv-expect">
      <summary>
        {t.expectations(scenario.title)} ({count})
      </summary>
      {scenario.turns.map((text, turn) => (
        <TurnExpectations key={turn} scenario={scenario} turn={turn} text={text} />
      ))}
    </details>
  );
}

const needsPattern = (kind: ExpectationKind) => kind === "mentions" || kind === "does-not-mention";

function TurnExpectations({
  scenario,
  turn,
  text,
}: {
  scenario: Scenario;
  turn: number;
  text: string;
}) {
  const t = useMessages(expectationMessages);
  const studio = useStudio();
  const kindId = useId();
  const valueId = useId();
  const [kind, setKind] = useState<ExpectationKind>("mentions");
  const [value, setValue] = useState("");
  const [status, setStatus] = useState("");
  const list = scenario.expectations?.[turn] ?? [];

  const add = () => {
    const expectation: Expectation =
      kind === "mentions" || kind === "does-not-mention"
        ? { kind, pattern: value }
        : kind === "at-most-sentences"
          ? { kind, count: Number(value) }
          : { kind };
    const outcome = addExpectation(studio, scenario.id, turn, expectation);
    if (!outcome.ok) return setStatus(t.refused[outcome.reason]);
    setStatus(t.added(t.label(expectation), turn + 1));
    setValue("");
  };

  return (
    <fieldset className="pv-expect-turn">
      <legend>{t.turn(turn + 1, text)}</legend>
      {list.length === 0 ? (
        <p className="pv-hint">{t.none}</p>
      ) : (
        <ul aria-label={t.turnChecks(turn + 1)}>
          {list.map((expectation, index) => (
            <li key={`${index}-${expectation.kind}`}>
              <span>{t.label(expectation)}</span>
              <button
                type="button"
                aria-label={t.remove(t.label(expectation))}
                onClick={() => removeExpectation(studio, scenario.id, turn, index)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="pv-expect-add"
        // Our own words say what is wrong, in the studio's language, not the browser's bubble.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={kindId}>{t.kind}</label>
        <select
          id={kindId}
          className="cm-field"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ExpectationKind);
            setStatus("");
          }}
        >
          {EXPECTATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
        {(needsPattern(kind) || kind === "at-most-sentences") && (
          <>
            <label htmlFor={valueId}>{needsPattern(kind) ? t.pattern : t.count}</label>
            <input
              id={valueId}
              className="cm-field"
              {...(kind === "at-most-sentences"
                ? { type: "number", min: 1, max: 50, inputMode: "numeric" as const }
                : { maxLength: 500 })}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          </>
        )}
        <button type="submit">{t.add}</button>
        <p role="status" className="pv-hint">
          {status}
        </p>
      </form>
    </fieldset>
  );
}
