import type { ModelKind } from '../../../core/models/modelTypes';
import type { ClassificationDiagnostics, RocCurve } from '../../../core/results/resultTypes';
import type { RunResultsState } from '../../../state/resultsTypes';
import type { ModelRun } from '../../../state/trainingSlice';

/** Another run's ROC curve, drawn beside the selected run's for comparison. */
export interface ComparedCurve {
  readonly runId: number;
  readonly kind: ModelKind;
  readonly curve: RocCurve;
}

/** A run's classification diagnostics once its results are ready, else null. */
export function classificationDiagnosticsOf(
  state: RunResultsState | undefined,
): ClassificationDiagnostics | null {
  const diagnostics = state?.status === 'ready' ? state.results?.diagnostics : undefined;
  return diagnostics?.task === 'classification' ? diagnostics : null;
}

const sameClasses = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((name, index) => name === b[index]);

const targetOf = (run: ModelRun | undefined): string | null =>
  run?.outcome?.pipeline.target.column ?? null;

/**
 * The ROC curves of the other finished runs that answer the same binary question (same target,
 * same classes), so the leaderboard's models can be compared on one chart. Multi-class charts
 * already draw one curve per class, so they get none.
 */
export function comparableRocCurves(
  runs: readonly ModelRun[],
  runResults: Readonly<Record<number, RunResultsState>>,
  runId: number,
): ComparedCurve[] {
  const selected = classificationDiagnosticsOf(runResults[runId]);
  const target = targetOf(runs.find((run) => run.id === runId));
  if (!selected || target === null || selected.roc.length !== 1) return [];
  return runs.flatMap((run) => {
    if (run.id === runId || run.status !== 'done' || targetOf(run) !== target) return [];
    const other = classificationDiagnosticsOf(runResults[run.id]);
    const curve = other?.roc[0];
    if (!other || !curve || other.roc.length !== 1) return [];
    return sameClasses(other.classes, selected.classes)
      ? [{ runId: run.id, kind: run.kind, curve }]
      : [];
  });
}
