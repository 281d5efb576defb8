import type { ReportSection } from '../../../core/export/htmlReport';
import type { LinearModel } from '../../../core/models/linear/linearTypes';
import type { ModelKind } from '../../../core/models/modelTypes';
import type {
  MetricSet,
  SplitMetrics,
  TrainingOutcome,
} from '../../../core/training/trainingTypes';
import type { Translate } from '../../i18n/useT';
import {
  CLASSIFICATION_COLUMNS,
  headlineMetrics,
  REGRESSION_COLUMNS,
} from '../../modeling/headlineMetrics';

/** A chart on screen, serialised. */
export interface ReportChart {
  readonly heading: string;
  readonly svg: string;
}

/** What the report says about one run; `summary` is the plain-language summary's paragraphs. */
export interface ReportInput {
  readonly t: Translate;
  readonly outcome: Pick<
    TrainingOutcome,
    'kind' | 'task' | 'model' | 'metrics' | 'baseline' | 'rowCounts' | 'classes'
  >;
  readonly target: string;
  readonly summary: readonly string[];
  /** confusion[actual][predicted] of the diagnostics, when the run is a classification. */
  readonly confusion: readonly (readonly number[])[] | null;
  readonly charts: readonly ReportChart[];
}

type Cell = string | number;
const MISSING = '—';

/** Four significant digits, as the screen shows them; missing or non-finite values as a dash. */
export const reportNumber = (value: number | null | undefined): Cell =>
  value === null || value === undefined || !Number.isFinite(value)
    ? MISSING
    : Number(value.toPrecision(4));

const isLinearModel = (kind: ModelKind, model: unknown): model is LinearModel =>
  kind === 'linear' &&
  typeof model === 'object' &&
  model !== null &&
  Array.isArray((model as { table?: unknown }).table);

/** Train, validation and test metrics of the model beside the naive baseline's on the headline rows. */
export function metricsSection(
  t: Translate,
  metrics: SplitMetrics,
  baseline: SplitMetrics,
): ReportSection {
  const columns = metrics.train.task === 'regression' ? REGRESSION_COLUMNS : CLASSIFICATION_COLUMNS;
  const baselineOn = headlineMetrics(baseline);
  const sets: (MetricSet | null)[] = [
    metrics.train,
    metrics.validation,
    metrics.test,
    baselineOn.set,
  ];
  const rows = columns
    .map((column) => [column.name, ...sets.map((set) => reportNumber(set && column.read(set)))])
    .filter((row) => row.slice(1, 4).some((cell) => cell !== MISSING));
  const headers = [
    t('export.report.metric'),
    t('results.part.train'),
    t('results.part.validation'),
    t('results.part.test'),
    t('export.report.baseline', { split: t(`modeling.split.${baselineOn.split}`) }),
  ];
  return { heading: t('export.report.metrics'), table: { headers, rows } };
}

/** The coefficient table of a linear model, as a statistics package prints it. */
export function coefficientSection(t: Translate, model: LinearModel): ReportSection {
  const perClass = model.table.some((row) => row.className !== null);
  const headers = [
    t('modeling.coef.feature'),
    ...(perClass ? [t('export.report.class')] : []),
    t('modeling.coef.estimate'),
    t('modeling.coef.se'),
    t('modeling.coef.t'),
    t('modeling.coef.p'),
    t('export.report.ciLower'),
    t('export.report.ciUpper'),
  ];
  const rows = model.table.map((row) => [
    row.feature,
    ...(perClass ? [row.className ?? ''] : []),
    ...[row.estimate, row.standardError, row.statistic, row.pValue, row.ciLower, row.ciUpper].map(
      reportNumber,
    ),
  ]);
  return { heading: t('modeling.coefficients'), table: { headers, rows } };
}

function confusionSection(
  t: Translate,
  classes: readonly string[],
  confusion: readonly (readonly number[])[],
): ReportSection {
  return {
    heading: t('export.report.confusion'),
    paragraphs: [t('export.report.confusionNote')],
    table: {
      headers: [t('classification.confusion.actualPredicted'), ...classes],
      rows: confusion.map((row, index) => [classes[index] ?? String(index), ...row]),
    },
  };
}

/**
 * The sections of the one-file HTML report of a run: overview and summary, metrics, coefficients
 * (linear models), the confusion matrix (classification) and every chart on screen.
 */
export function buildReportSections(input: ReportInput): ReportSection[] {
  const { t, outcome } = input;
  const overview: ReportSection = {
    heading: t('export.report.overview'),
    paragraphs: [
      t('export.report.modelLine', {
        model: t(`modeling.model.${outcome.kind}`),
        target: input.target,
        task: t(`modeling.task.${outcome.task}`),
      }),
      t('modeling.rows', outcome.rowCounts),
      ...input.summary,
    ],
  };
  const sections: ReportSection[] = [
    overview,
    metricsSection(t, outcome.metrics, outcome.baseline),
  ];
  if (isLinearModel(outcome.kind, outcome.model))
    sections.push(coefficientSection(t, outcome.model));
  if (input.confusion && outcome.classes)
    sections.push(confusionSection(t, outcome.classes, input.confusion));
  for (const chart of input.charts) sections.push({ heading: chart.heading, svg: chart.svg });
  return sections;
}
