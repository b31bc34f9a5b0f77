import { memo, useEffect, useState } from "react";
import type { TestCase, TestTarget, TurnStatus } from "../../core/persona-tests/types";
import { cellKey } from "../../stores/tests-store";
import { useMessages } from "../i18n";
import { testsMessages } from "../i18n/messages/tests";
import { ResultDialog } from "./result-dialog";
import { targetLabel } from "./target-label";
import { useTests } from "./use-tests";

const SYMBOL: Record<TurnStatus | "pending", string> = {
  passed: "✓",
  failed: "✗",
  error: "!",
  cancelled: "–",
  pending: "…",
};

// Rows mount a slice per frame: a 500-turn matrix in one render would be a long task.
const ROWS_PER_FRAME = 60;

function useRowsShown(total: number): number {
  const [shown, setShown] = useState(ROWS_PER_FRAME);
  useEffect(() => {
    if (shown >= total) return;
    const id = requestAnimationFrame(() => setShown((n) => n + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(id);
  }, [shown, total]);
  return Math.min(shown, total);
}

interface Opened {
  key: string;
  title: string;
  target: TestTarget;
}

interface RowProps {
  personaId: string;
  testCase: TestCase;
  turn: number;
  targets: readonly TestTarget[];
  open(opened: Opened): void;
}

function Cell({
  personaId,
  testCase,
  turn,
  target,
  open,
}: Omit<RowProps, "targets"> & { target: TestTarget }) {
  const t = useMessages(testsMessages);
  const key = cellKey(testCase.scenarioId, turn, target.id);
  const result = useTests((s) => s.kept[personaId]?.cells[key]);
  const status = result?.status ?? "pending";
  const text = result ? t.cell[result.status] : t.pending;
  const title = t.turnLabel(testCase.title, turn + 1);
  return (
    <td className={`tt-cell tt-cell-${status}`}>
      {result ? (
        <button
          type="button"
          className="tt-cell-button"
          aria-haspopup="dialog"
          aria-label={t.openCell(title, targetLabel(target, t), text)}
          onClick={() => open({ key, title, target })}
        >
          <span aria-hidden="true">{SYMBOL[status]}</span> {text}
        </button>
      ) : (
        <span>
          <span aria-hidden="true">{SYMBOL.pending}</span> {text}
        </span>
      )}
    </td>
  );
}

/** One scenario turn across the targets: re-renders only when one of its cells changes. */
const Row = memo(function Row({ personaId, testCase, turn, targets, open }: RowProps) {
  const t = useMessages(testsMessages);
  return (
    <tr>
      <th scope="row" className="tt-turn">
        <span className="tt-turn-title">{t.turnLabel(testCase.title, turn + 1)}</span>
        <q className="tt-turn-user">{testCase.turns[turn]}</q>
      </th>
      {targets.map((target) => (
        <Cell
          key={target.id}
          personaId={personaId}
          testCase={testCase}
          turn={turn}
          target={target}
          open={open}
        />
      ))}
    </tr>
  );
});

/** The matrix: a row per scenario turn, a column per target, each cell opening its reply. */
export function ResultsTable({ personaId }: { personaId: string }) {
  const t = useMessages(testsMessages);
  const run = useTests((s) => s.kept[personaId]?.run);
  const [opened, setOpened] = useState<Opened | null>(null);
  const openedResult = useTests((s) => (opened ? s.kept[personaId]?.cells[opened.key] : undefined));
  const rows = (run?.cases ?? []).flatMap((testCase) =>
    testCase.turns.map((_, turn) => ({ testCase, turn })),
  );
  const shown = useRowsShown(rows.length);
  if (!run) return null;
  return (
    <div className="tt-table-wrap">
      <table className="tt-table" aria-label={t.results}>
        <thead>
          <tr>
            <th scope="col">{t.turnHeader}</th>
            {run.targets.map((target) => (
              <th scope="col" key={target.id}>
                {targetLabel(target, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map(({ testCase, turn }) => (
            <Row
              key={`${testCase.scenarioId}-${turn}`}
              personaId={personaId}
              testCase={testCase}
              turn={turn}
              targets={run.targets}
              open={setOpened}
            />
          ))}
        </tbody>
      </table>
      {opened && openedResult && (
        <ResultDialog
          result={openedResult}
          title={opened.title}
          target={opened.target}
          onClose={() => setOpened(null)}
        />
      )}
    </div>
  );
}
