import type { DataTable } from '../../data/table';
import { pluginOf } from '../../models/modelPlugins';
import type { ModelKind, ModelOptionValues, TaskType } from '../../models/modelTypes';
import { seededRandom } from '../../prep/split/seededRandom';
import { levelColumn, numberColumn, tableOf } from '../../prep/testing/buildTable';
import { runTraining } from '../../training/runTraining';
import type { TrainingOutcome, TrainingSetup } from '../../training/trainingTypes';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);

/**
 * A small marketing table with every feature type, a few missing cells, and two columns named
 * `__proto__` and `constructor` (a model file must carry such names as data, never as keys).
 */
export function scoringTable(rows = 240): DataTable {
  const random = seededRandom(11);
  const spend = Array.from({ length: rows }, (_, i) => (i % 37 === 5 ? null : random() * 100));
  const region = spend.map((_, i) => ['north', 'south', 'east', 'west'][i % 4] ?? 'north');
  const signup = spend.map(() => FIRST_DAY + Math.floor(random() * 400) * DAY_MS);
  const member = spend.map(() => (random() < 0.4 ? 1 : 0));
  const proto = spend.map(() => random() * 10);
  const channel = spend.map((_, i) => (i % 3 === 0 ? 'web' : 'shop'));
  const sales = spend.map(
    (s, i) =>
      2 * (s ?? 50) +
      (region[i] === 'south' ? 25 : 0) +
      15 * (member[i] ?? 0) +
      8 * (random() - 0.5),
  );
  const sorted = [...sales].sort((a, b) => a - b);
  const third = (k: number) => sorted[Math.floor((rows * k) / 3)] ?? 0;
  return tableOf(
    [
      numberColumn('spend', spend),
      levelColumn('region', region),
      numberColumn('signup', signup, 'date'),
      numberColumn('member', member, 'boolean'),
      numberColumn('__proto__', proto),
      levelColumn('constructor', channel),
      numberColumn('sales', sales),
      levelColumn(
        'tier',
        sales.map((s) => (s < third(1) ? 'low' : s < third(2) ? 'mid' : 'high')),
      ),
      levelColumn(
        'bought',
        sales.map((s) => (s > third(1.5) ? 'yes' : 'no')),
      ),
    ],
    'campaign.csv',
  );
}

export const FEATURES = ['spend', 'region', 'signup', 'member', '__proto__', 'constructor'];

/** One model to train on `scoringTable` and the options that keep the test quick. */
export interface TrainingCase {
  readonly name: string;
  readonly kind: ModelKind;
  readonly task: TaskType;
  readonly target: string;
  readonly options: ModelOptionValues;
}

const QUICK_NEURAL = { hiddenLayers: '8', epochs: 8, patience: 0, batchSize: 32 };

export const TRAINING_CASES: readonly TrainingCase[] = [
  { name: 'OLS', kind: 'linear', task: 'regression', target: 'sales', options: {} },
  {
    name: 'logistic, 3 classes',
    kind: 'linear',
    task: 'classification',
    target: 'tier',
    options: {},
  },
  { name: 'RBF SVC', kind: 'svm', task: 'classification', target: 'bought', options: {} },
  { name: 'RBF SVR', kind: 'svm', task: 'regression', target: 'sales', options: {} },
  {
    name: 'neural regression',
    kind: 'neural',
    task: 'regression',
    target: 'sales',
    options: QUICK_NEURAL,
  },
  {
    name: 'neural, 3 classes',
    kind: 'neural',
    task: 'classification',
    target: 'tier',
    options: QUICK_NEURAL,
  },
];

/** Trains one case through the app's own training path; throws if training fails. */
export async function trainCase(
  table: DataTable,
  testCase: TrainingCase,
): Promise<TrainingOutcome> {
  const setup: TrainingSetup = {
    target: testCase.target,
    task: testCase.task,
    features: FEATURES.map((column) => ({ column })),
    impute: 'median',
    split: { validationPct: 20, testPct: 20, seed: 5, folds: 0, timeColumn: null },
  };
  const request = { kind: testCase.kind, options: testCase.options, backend: 'cpu' as const };
  const result = await runTraining(table, setup, request, pluginOf(testCase.kind), () => {});
  if (!result.ok) throw new Error(`${testCase.name}: ${result.error.message}`);
  return result.value;
}
