import { describe, expect, it } from 'vitest';
import type { ModelKind } from '../../../core/models/modelTypes';
import type { ClassificationDiagnostics, RocCurve } from '../../../core/results/resultTypes';
import type { TrainingOutcome } from '../../../core/training/trainingTypes';
import type { RunResultsState } from '../../../state/resultsTypes';
import type { ModelRun, RunStatus } from '../../../state/trainingSlice';
import { classificationDiagnosticsOf, comparableRocCurves } from './rocComparison';

const curve = (classIndex: number, auc: number): RocCurve => ({
  classIndex,
  auc,
  points: [
    { fpr: 0, tpr: 0, threshold: 1 },
    { fpr: 1, tpr: 1, threshold: 0 },
  ],
});

const diagnostics = (classes: string[], roc: RocCurve[]): ClassificationDiagnostics => ({
  task: 'classification',
  total: 40,
  classes,
  part: 2,
  roc,
  gains: [],
  thresholds: [],
  confusion: [],
});

const ready = (value: ClassificationDiagnostics): RunResultsState => ({
  status: 'ready',
  results: { diagnostics: value } as RunResultsState['results'],
  error: null,
  fitColumn: null,
  fitStatus: 'ready',
});

// Only the target column is read from the outcome.
const run = (id: number, kind: ModelKind, target: string, status: RunStatus = 'done') =>
  ({
    id,
    kind,
    status,
    outcome: { pipeline: { target: { column: target } } } as unknown as TrainingOutcome,
  }) as ModelRun;

const binary = (auc: number) => ready(diagnostics(['no', 'yes'], [curve(1, auc)]));

describe('classificationDiagnosticsOf', () => {
  it('returns diagnostics only once results are ready', () => {
    const entry = binary(0.8);
    expect(classificationDiagnosticsOf(entry)?.roc[0]?.auc).toBe(0.8);
    expect(classificationDiagnosticsOf({ ...entry, status: 'computing' })).toBeNull();
    expect(classificationDiagnosticsOf(undefined)).toBeNull();
  });
});

describe('comparableRocCurves', () => {
  const runs = [run(1, 'linear', 'churn'), run(2, 'svm', 'churn'), run(3, 'neural', 'churn')];

  it('offers the other finished runs on the same binary target, not the selected one', () => {
    const results = { 1: binary(0.8), 2: binary(0.75), 3: binary(0.9) };
    const compared = comparableRocCurves(runs, results, 1);
    expect(compared.map((entry) => [entry.runId, entry.kind, entry.curve.auc])).toEqual([
      [2, 'svm', 0.75],
      [3, 'neural', 0.9],
    ]);
  });

  it('skips runs on another target, unfinished runs and runs without results yet', () => {
    const others = [
      run(1, 'linear', 'churn'),
      run(2, 'svm', 'plan'),
      run(3, 'neural', 'churn', 'cancelled'),
      run(4, 'svm', 'churn'),
    ];
    const results = { 1: binary(0.8), 2: binary(0.7), 3: binary(0.9) };
    expect(comparableRocCurves(others, results, 1)).toEqual([]);
  });

  it('skips runs whose classes differ', () => {
    const results = { 1: binary(0.8), 2: ready(diagnostics(['yes', 'no'], [curve(1, 0.7)])) };
    expect(comparableRocCurves(runs, results, 1)).toEqual([]);
  });

  it('draws no comparison for multi-class charts, which already show a curve per class', () => {
    const classes = ['a', 'b', 'c'];
    const multi = ready(diagnostics(classes, [curve(0, 0.8), curve(1, 0.7), curve(2, 0.9)]));
    expect(comparableRocCurves(runs, { 1: multi, 2: multi }, 1)).toEqual([]);
  });
});
