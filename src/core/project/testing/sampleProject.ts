import { importBytes } from '../../data/importBytes';
import { profileColumn } from '../../data/profile';
import type { DataTable } from '../../data/table';
import { pluginOf } from '../../models/modelPlugins';
import type { ModelKind, TaskType } from '../../models/modelTypes';
import { defaultFeatures, featureSpecsOf } from '../../prep/defaultFeatures';
import { inferTask } from '../../prep/inferTask';
import { runTraining } from '../../training/runTraining';
import type { TrainingOutcome } from '../../training/trainingTypes';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectSnapshot } from '../projectTypes';

/**
 * A small export with every column type, missing cells, a `__proto__` column, emoji, doubled
 * quotes inside a quoted cell, percentages and a negative zero.
 */
const CSV = [
  'id,__proto__,region,signup,member,share,note,revenue,segment',
  ...Array.from({ length: 60 }, (_, i) => {
    const region = ['north', 'south', 'east 🌏', 'west ""Ω""'][i % 4];
    const signup = `2024-0${(i % 9) + 1}-1${i % 10}`;
    const proto = i % 11 === 0 ? '' : String((i * 37) % 23);
    const share = i === 5 ? '-0%' : `${(i * 13) % 100}%`;
    const revenue = (100 + i * 7.25 + (i % 3) * 11.5).toFixed(2);
    const segment = ['gold', 'silver', 'bronze'][i % 3];
    return `C${1000 + i},${proto},"${region}",${signup},${i % 2 === 0},${share},"note ${i}",${revenue},${segment}`;
  }),
].join('\n');

/** The CSV above through the app's own import, with column profiles. */
export function importedSample(): {
  table: DataTable;
  snapshot: Omit<ProjectSnapshot, 'setup' | 'runs' | 'selectedRun'>;
} {
  const imported = importBytes(new TextEncoder().encode(CSV), 'campaign 🌏.csv');
  if (!imported.ok) throw new Error(`sample import failed: ${imported.error.code}`);
  const { table, report } = imported.value;
  const profiles = table.columns.map((column) => profileColumn(column, table.rowCount));
  return {
    table,
    snapshot: {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      savedAt: '2026-11-29T10:00:00.000Z',
      dataset: { table, report, profiles },
    },
  };
}

/** Trains `kind` on the sample through the app's training path (throws when training fails). */
export async function trainOn(
  table: DataTable,
  target: string,
  task: TaskType,
  kind: ModelKind,
): Promise<TrainingOutcome> {
  const targetIndex = table.columns.findIndex((c) => c.name === target);
  const features = featureSpecsOf(defaultFeatures(table, targetIndex));
  const setup = {
    target,
    task,
    features,
    impute: 'median' as const,
    split: { validationPct: 20, testPct: 20, seed: 4, folds: 0, timeColumn: null },
  };
  const request = { kind, options: {}, backend: 'cpu' as const };
  const result = await runTraining(table, setup, request, pluginOf(kind), () => {});
  if (!result.ok) throw new Error(`${kind}: ${result.error.message}`);
  return result.value;
}

/** A full snapshot: the sample, a set-up on `revenue`, a regression and a classification run. */
export async function sampleSnapshot(): Promise<ProjectSnapshot> {
  const { table, snapshot } = importedSample();
  const targetIndex = table.columns.findIndex((c) => c.name === 'revenue');
  const inference = inferTask(table.columns[targetIndex]!);
  const regression = await trainOn(table, 'revenue', 'regression', 'linear');
  const classification = await trainOn(table, 'segment', 'classification', 'linear');
  return {
    ...snapshot,
    setup: {
      targetIndex,
      taskInference: inference.ok ? inference.value : null,
      taskOverride: null,
      features: defaultFeatures(table, targetIndex),
      impute: 'median',
      split: { validationPct: 20, testPct: 20, seed: 4, folds: 0, timeColumn: null },
      selectedModels: ['linear', 'svm'],
      modelOptions: [{ kind: 'svm', values: { C: 2, kernel: 'rbf' } }],
      backend: 'auto',
    },
    runs: [
      { kind: 'linear', lossHistory: [], outcome: regression },
      {
        kind: 'linear',
        lossHistory: [{ epoch: 1, loss: Number.NaN, valLoss: null }],
        outcome: classification,
      },
    ],
    selectedRun: 1,
  };
}
