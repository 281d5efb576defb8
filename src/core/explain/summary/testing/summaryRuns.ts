/*
 * Real training runs on a small advertising table, for the summary's tests: TV spend (in
 * currency units, spread ≈ 3,400) drives sales at 0.0458 per unit, plus a region effect.
 */
import type { DataTable } from '../../../data/table';
import type { Matrix, ModelKind, ModelOptionValues, TaskType } from '../../../models/modelTypes';
import { pluginOf } from '../../../models/modelPlugins';
import { seededRandom } from '../../../prep/split/seededRandom';
import { levelColumn, numberColumn, tableOf } from '../../../prep/testing/buildTable';
import { transform } from '../../../prep/transform/transform';
import { PART_TRAIN } from '../../../results/resultTypes';
import { runTraining } from '../../../training/runTraining';
import type { SplitSettings, TrainingOutcome } from '../../../training/trainingTypes';
import type { ScoredResiduals } from '../summaryTypes';

export const TV_EFFECT = 0.0458;

export interface AdTableOptions {
  readonly rows: number;
  readonly seed: number;
  /** Noise sd grows with TV spend (heteroscedastic residuals). */
  readonly spreadGrows?: boolean;
  /** Rows given TV spend beyond the rest (from 20,000) and sales 600 off the line, alternately. */
  readonly outliers?: readonly number[];
  /** Adds `tv_copy`, TV spend plus a little noise (collinear with `tv`). */
  readonly collinear?: boolean;
}

/** tv, radio, region, sales (numeric), bought (yes/no) and tier (three classes). */
export function adTable(options: AdTableOptions): DataTable {
  const random = seededRandom(options.seed);
  const n = options.rows;
  const tv = Array.from({ length: n }, () => random() * 12000);
  const radio = Array.from({ length: n }, () => random() * 50);
  const region = tv.map((_, i) => ['north', 'south', 'east'][i % 3] ?? 'north');
  const noise = tv.map((spend) => (random() - 0.5) * (options.spreadGrows ? spend / 50 : 60));
  const sales = tv.map((spend, i) => {
    const lift = region[i] === 'south' ? 40 : 0;
    return 100 + TV_EFFECT * spend + 0.5 * radio[i]! + lift + noise[i]!;
  });
  (options.outliers ?? []).forEach((row, k) => {
    tv[row] = 20000 + 500 * k;
    sales[row] = 100 + TV_EFFECT * tv[row]! + 0.5 * radio[row]! + (k % 2 === 0 ? 600 : -600);
  });
  const sorted = [...sales].sort((a, b) => a - b);
  const cut = (share: number) => sorted[Math.floor(share * n)]!;
  const columns = [
    numberColumn('tv', tv),
    numberColumn('radio', radio),
    levelColumn('region', region),
    numberColumn('sales', sales),
    levelColumn(
      'bought',
      sales.map((s) => (s > cut(0.5) ? 'yes' : 'no')),
    ),
    levelColumn(
      'tier',
      sales.map((s) => (s > cut(0.7) ? 'gold' : s > cut(0.35) ? 'silver' : 'bronze')),
    ),
  ];
  if (options.collinear)
    columns.push(
      numberColumn(
        'tv_copy',
        tv.map((v) => v + random() * 50),
      ),
    );
  return tableOf(columns);
}

export interface RunRequest {
  readonly target: string;
  readonly task: TaskType;
  readonly features: readonly string[];
  readonly kind?: ModelKind;
  readonly options?: ModelOptionValues;
  readonly split?: Partial<SplitSettings>;
}

/** Trains one model on the table; throws when training fails (a broken test set-up). */
export async function trainRun(table: DataTable, request: RunRequest): Promise<TrainingOutcome> {
  const kind = request.kind ?? 'linear';
  const split = { validationPct: 0, testPct: 25, seed: 5, folds: 0, timeColumn: null };
  const setup = {
    target: request.target,
    task: request.task,
    features: request.features.map((column) => ({ column })),
    impute: 'median' as const,
    split: { ...split, ...request.split },
  };
  const model = { kind, options: request.options ?? {}, backend: 'cpu' as const };
  const result = await runTraining(table, setup, model, pluginOf(kind), () => {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Fitted values and residuals of every scored row of a regression run. */
export function residualsOf(outcome: TrainingOutcome): ScoredResiduals {
  const { actual, predicted, part } = outcome.predictions;
  return { fitted: predicted, residual: actual.map((a, i) => a - predicted[i]!), part };
}

/** Table rows of the training part, in scoring order. */
export function trainRows(outcome: TrainingOutcome): Int32Array {
  const { rows, part } = outcome.predictions;
  return rows.filter((_, i) => part[i] === PART_TRAIN);
}

/** The training rows encoded as the model saw them. */
export function trainDesign(table: DataTable, outcome: TrainingOutcome): Matrix {
  const encoded = transform(outcome.pipeline, table, trainRows(outcome));
  if (!encoded.ok) throw new Error(encoded.error.code);
  return encoded.value.matrix;
}

/** Sample standard deviation of a numeric column over the run's training rows. */
export function trainingSpread(table: DataTable, outcome: TrainingOutcome, column: string): number {
  const values = table.columns.find((c) => c.name === column)?.values;
  if (!values) throw new Error(`no numeric column ${column}`);
  const cells = [...trainRows(outcome)].map((row) => values[row]!);
  const mean = cells.reduce((s, v) => s + v, 0) / cells.length;
  return Math.sqrt(cells.reduce((s, v) => s + (v - mean) ** 2, 0) / (cells.length - 1));
}
