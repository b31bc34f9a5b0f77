import { memo, useEffect, useState, type CSSProperties } from "react";
import type { TestCase, TestRun, TestTarget, TurnStatus } from "../../core/persona-tests/types";
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

// Rows mount a slice per frame, some 50 cells each: a 500-turn matrix in one render (and its
// table layout) would be a long task.
const CELLS_PER_FRAME = 50;

function useRowsShown(total: number, columns: number): number {
  const step = Math.max(1, Math.floor(CELLS_PER_FRAME / Math.max(1, columns)));
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= total) return;
    const id = requestAnimationFrame(() => setShown((n) => n + step));
    return () => cancelAnimationFrame(id);
  }, [shown, total, step]);
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

/** The rows of one run, mounted a slice per frame from the first. */
function Body({
  personaId,
  run,
  open,
}: {
  personaId: string;
  run: TestRun;
  open(o: Opened): void;
}) {
  const rows = run.cases.flatMap((testCase) =>
    testCase.turns.map((_, turn) => ({ testCase, turn })),
  );
  const shown = useRowsShown(rows.length, run.targets.length);
  return (
    <tbody>
      {rows.slice(0, shown).map(({ testCase, turn }) => (
        <Row
          key={`${testCase.scenarioId}-${turn}`}
          personaId={personaId}
          testCase={testCase}
          turn={turn}
          targets={run.targets}
          open={open}
        />
      ))}
    </tbody>
  );
}

/** The matrix: a row per scenario turn, a column per target, each cell opening its reply. */
export function ResultsTable({ personaId }: { personaId: string }) {
  const t = useMessages(testsMessages);
  const run = useTests((s) => s.kept[personaId]?.run);
  const [opened, setOpened] = useState<Opened | null>(null);
  const openedResult = useTests((s) => (opened ? s.kept[personaId]?.cells[opened.key] : undefined));
  if (!run) return null;
  return (
    <div className="tt-table-wrap">
      <table
        className="tt-table"
        aria-label={t.results}
        style={{ "--tt-columns": run.targets.length } as CSSProperties}
      >
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
        {/* A new run (not its end, which keeps the start) mounts its rows afresh, a slice at a time. */}
        <Body key={run.startedAt} personaId={personaId} run={run} open={setOpened} />
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
