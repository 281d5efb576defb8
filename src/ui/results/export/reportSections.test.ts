import { describe, expect, it } from 'vitest';
import type { CoefficientRow, LinearModel } from '../../../core/models/linear/linearTypes';
import type {
  ClassificationMetrics,
  RegressionMetrics,
  SplitMetrics,
} from '../../../core/training/trainingTypes';
import type { Translate } from '../../i18n/useT';
import {
  buildReportSections,
  coefficientSection,
  metricsSection,
  reportNumber,
  type ReportInput,
} from './reportSections';

// Message keys stand in for the words, so the tests see which message each cell uses.
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

const regression = (r2: number, rmse: number): RegressionMetrics => ({
  task: 'regression',
  rows: 100,
  r2,
  rmse,
  mae: rmse * 0.8,
  mape: null,
});

const classification = (accuracy: number): ClassificationMetrics => ({
  task: 'classification',
  rows: 50,
  accuracy,
  precision: 0.7,
  recall: 0.6,
  f1: 0.646,
  auc: 0.81,
  logLoss: 0.45,
  confusion: [
    [20, 5],
    [8, 17],
  ],
});

const regressionMetrics: SplitMetrics = {
  train: regression(0.912345678, 1.5),
  validation: null,
  test: regression(0.87654321, 1.9),
};
const regressionBaseline: SplitMetrics = {
  train: regression(0, 4),
  validation: null,
  test: regression(-0.0123, 4.2),
};

const coefficient = (feature: string, className: string | null, estimate: number | null) =>
  ({
    feature,
    className,
    estimate,
    standardError: 0.1,
    statistic: estimate === null ? null : estimate / 0.1,
    pValue: 0.0123456,
    ciLower: estimate === null ? null : estimate - 0.2,
    ciUpper: estimate === null ? null : estimate + 0.2,
    oddsRatio: null,
    vif: null,
    aliased: estimate === null,
  }) satisfies CoefficientRow;

const olsModel = {
  kind: 'ridge',
  featureNames: ['spend'],
  table: [coefficient('(intercept)', null, 2.5), coefficient('spend', null, 0.333333)],
  warnings: [],
  intercept: 2.5,
  coefficients: [0.333333],
  lambda: 1,
  penaltyScale: 'standardised',
  lambdaChoice: 'fixed',
  lambdaCurve: [],
  rSquared: 0.9,
} satisfies LinearModel;

describe('reportNumber', () => {
  it('keeps four significant digits as a number', () => {
    expect(reportNumber(0.912345678)).toBe(0.9123);
    expect(reportNumber(12345.678)).toBe(12350);
  });

  it('writes a dash for missing or non-finite values', () => {
    expect(reportNumber(null)).toBe('—');
    expect(reportNumber(undefined)).toBe('—');
    expect(reportNumber(Number.NaN)).toBe('—');
    expect(reportNumber(Infinity)).toBe('—');
  });
});

describe('metricsSection', () => {
  const section = metricsSection(t, regressionMetrics, regressionBaseline);

  it('lists train, validation and test beside the baseline on the headline rows', () => {
    expect(section.table?.headers).toEqual([
      'export.report.metric',
      'results.part.train',
      'results.part.validation',
      'results.part.test',
      'export.report.baseline {"split":"modeling.split.test"}',
    ]);
    expect(section.table?.rows[0]).toEqual(['R²', 0.9123, '—', 0.8765, -0.0123]);
  });

  it('leaves out metrics the model has on no split', () => {
    const names = section.table?.rows.map((row) => row[0]);
    expect(names).toEqual(['R²', 'RMSE', 'MAE']);
  });

  it('uses the classification metrics for a classifier', () => {
    const metrics: SplitMetrics = {
      train: classification(0.9),
      validation: classification(0.85),
      test: null,
    };
    const rows = metricsSection(t, metrics, metrics).table?.rows ?? [];
    expect(rows.map((row) => row[0])).toContain('Accuracy');
    expect(rows.find((row) => row[0] === 'Accuracy')).toEqual(['Accuracy', 0.9, 0.85, '—', 0.85]);
  });
});

describe('coefficientSection', () => {
  it('prints one row per coefficient, without a class column for regression', () => {
    const table = coefficientSection(t, olsModel).table;
    expect(table?.headers).not.toContain('export.report.class');
    expect(table?.rows).toEqual([
      ['(intercept)', 2.5, 0.1, 25, 0.01235, 2.3, 2.7],
      ['spend', 0.3333, 0.1, 3.333, 0.01235, 0.1333, 0.5333],
    ]);
  });

  it('adds the class column for multinomial logistic rows and dashes aliased estimates', () => {
    const model = {
      ...olsModel,
      table: [coefficient('spend', 'gold', 0.5), coefficient('visits', 'gold', null)],
    };
    const table = coefficientSection(t, model).table;
    expect(table?.headers[1]).toBe('export.report.class');
    expect(table?.rows[1]?.slice(0, 4)).toEqual(['visits', 'gold', '—', 0.1]);
  });
});

describe('buildReportSections', () => {
  const base: ReportInput = {
    t,
    outcome: {
      kind: 'linear',
      task: 'regression',
      model: olsModel,
      metrics: regressionMetrics,
      baseline: regressionBaseline,
      rowCounts: { train: 70, validation: 0, test: 30 },
      classes: null,
    },
    target: 'revenue',
    summary: ['Spend drives revenue.'],
    confusion: null,
    charts: [{ heading: 'Residuals', svg: '<svg></svg>' }],
  };

  it('orders overview, metrics, coefficients, then the charts', () => {
    const headings = buildReportSections(base).map((section) => section.heading);
    expect(headings).toEqual([
      'export.report.overview',
      'export.report.metrics',
      'modeling.coefficients',
      'Residuals',
    ]);
  });

  it('opens with the model, the row counts and the summary paragraphs', () => {
    const [overview] = buildReportSections(base);
    expect(overview?.paragraphs?.[0]).toContain('"target":"revenue"');
    expect(overview?.paragraphs?.[1]).toContain('"test":30');
    expect(overview?.paragraphs?.at(-1)).toBe('Spend drives revenue.');
  });

  it('embeds each chart as its SVG', () => {
    expect(buildReportSections(base).at(-1)).toEqual({ heading: 'Residuals', svg: '<svg></svg>' });
  });

  it('adds the confusion matrix for a classifier and no coefficients for other models', () => {
    const metrics: SplitMetrics = { train: classification(0.9), validation: null, test: null };
    const sections = buildReportSections({
      ...base,
      outcome: {
        ...base.outcome,
        kind: 'svm',
        task: 'classification',
        model: {},
        metrics,
        baseline: metrics,
        classes: ['no', 'yes'],
      },
      confusion: [
        [20, 5],
        [8, 17],
      ],
      charts: [],
    });
    expect(sections.map((section) => section.heading)).toEqual([
      'export.report.overview',
      'export.report.metrics',
      'export.report.confusion',
    ]);
    expect(sections[2]?.table?.rows).toEqual([
      ['no', 20, 5],
      ['yes', 8, 17],
    ]);
    expect(sections[2]?.table?.headers.slice(1)).toEqual(['no', 'yes']);
  });
});
