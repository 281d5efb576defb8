import { describe, expect, it } from 'vitest';
import type { DataTable } from '../data/table';
import type { Matrix, Predictions } from '../models/modelTypes';
import { fitPipeline } from '../prep/fit/fitPipeline';
import type { Pipeline, PipelineSpec } from '../prep/prepTypes';
import { levelColumn, numberColumn, rowRange, tableOf } from '../prep/testing/buildTable';
import { PART_TEST, PART_TRAIN, type FitCurve } from '../results/resultTypes';
import { fitCurve } from './fitCurve';
import type { FitCurveInput } from './fitCurveTypes';
import fixture from './fixtures/sklearnFitCurve.json';

// Reference values: scripts/make-explain-fixtures.py. Partial dependence from
// sklearn.inspection.partial_dependence (scikit-learn 1.2, percentiles (0.02, 0.98), 40 points) on
// the 120 training rows; the band from statsmodels OLS get_prediction().summary_frame().
const pd = fixture.partialDependence;
const table = tableOf([
  numberColumn('x1', pd.table.x1),
  numberColumn('x2', pd.table.x2),
  numberColumn('few', pd.table.few),
  levelColumn('plan', pd.table.plan),
  numberColumn('sales', pd.table.sales),
  levelColumn('bought', pd.table.bought),
]);
const scored = rowRange(0, table.rowCount);
const parts = Uint8Array.from(scored, (row) => (row < pd.trainRows ? PART_TRAIN : PART_TEST));

function fitted(data: DataTable, spec: PipelineSpec, trainRows: Int32Array): Pipeline {
  const result = fitPipeline(data, spec, trainRows);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

interface PolyTerms {
  powers: number[][];
  intercept: number;
  poly: number[];
  plan: Record<string, number>;
}

/** The fixture model's score: intercept + polynomial in (x1, x2, few) + a weight per plan level. */
function polyScores(pipeline: Pipeline, terms: PolyTerms, m: Matrix): Float64Array {
  const featureOf = (name: string) => {
    const step = pipeline.steps.find((s) => s.column === name);
    return step?.kind === 'numeric' ? step.feature : -1;
  };
  const inputs = ['x1', 'x2', 'few'].map(featureOf);
  const plan = pipeline.steps.find((s) => s.column === 'plan');
  if (plan?.kind !== 'one-hot') throw new Error('plan is not one-hot');
  return Float64Array.from({ length: m.rows }, (_, i) => {
    const at = (feature: number) => m.x[i * m.cols + feature] as number;
    let score = terms.intercept;
    terms.powers.forEach((power, k) => {
      const term = power.reduce((product, p, j) => product * at(inputs[j] as number) ** p, 1);
      score += (terms.poly[k] as number) * term;
    });
    plan.levels.forEach(
      (level, k) => (score += (terms.plan[level] ?? 0) * at(plan.firstFeature + k)),
    );
    return score;
  });
}

const baseSpec = {
  features: ['x1', 'x2', 'few', 'plan'].map((column) => ({ column })),
  standardise: false,
};
const regressionPipeline = fitted(
  table,
  { ...baseSpec, target: 'sales', task: 'regression' },
  rowRange(0, pd.trainRows),
);
const classificationPipeline = fitted(
  table,
  { ...baseSpec, target: 'bought', task: 'classification', positiveClass: 'yes' },
  rowRange(0, pd.trainRows),
);

function curveOf(input: Partial<FitCurveInput> & Pick<FitCurveInput, 'column' | 'task'>): FitCurve {
  const regression = input.task === 'regression';
  const pipeline = regression ? regressionPipeline : classificationPipeline;
  const terms = regression ? pd.regression : pd.classification;
  const predict = (m: Matrix): Predictions => {
    const scores = polyScores(pipeline, terms, m);
    if (regression) return { values: scores, probabilities: null };
    // Binary logistic: classes are ['no', 'yes'] in the pipeline, as in scikit-learn.
    const probabilities = new Float64Array(m.rows * 2);
    scores.forEach((score, i) => {
      const yes = 1 / (1 + Math.exp(-score));
      probabilities[2 * i] = 1 - yes;
      probabilities[2 * i + 1] = yes;
    });
    return { values: scores.map((score) => (score > 0 ? 1 : 0)), probabilities };
  };
  const actual = regression
    ? Float64Array.from(pd.table.sales)
    : Float64Array.from(pd.table.bought, (label) => (label === 'yes' ? 1 : 0));
  const result = fitCurve({ pipeline, table, rows: scored, parts, actual, predict, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function expectCurve(curve: FitCurve, reference: { grid: (number | string)[]; average: number[] }) {
  expect(curve.curve).toHaveLength(reference.grid.length);
  reference.grid.forEach((value, i) => {
    const point =
      typeof value === 'string' ? curve.curve[curve.levels?.indexOf(value) ?? -1] : curve.curve[i];
    if (typeof value === 'number') expect(Math.abs((point?.x ?? NaN) - value)).toBeLessThan(1e-12);
    expect(Math.abs((point?.y ?? NaN) - (reference.average[i] as number))).toBeLessThan(1e-9);
    expect(point).toMatchObject({ lower: null, upper: null });
  });
}

describe('fitCurve against scikit-learn partial_dependence', () => {
  it('matches the grid and average of a nonlinear regression over a continuous feature', () => {
    const curve = curveOf({ column: 'x1', task: 'regression' });
    expect(curve).toMatchObject({ kind: 'partial-dependence', classIndex: null, levels: null });
    expectCurve(curve, pd.regression.dependence.x1);
  });

  it('uses the distinct values of a feature with fewer values than grid points', () => {
    expectCurve(curveOf({ column: 'few', task: 'regression' }), pd.regression.dependence.few);
  });

  it('gives one point per level of a categorical feature, x being the level index', () => {
    const curve = curveOf({ column: 'plan', task: 'regression' });
    expect(curve.levels).toEqual(['team', 'pro', 'basic']);
    expect(curve.curve.map((point) => point.x)).toEqual([0, 1, 2]);
    expectCurve(curve, pd.regression.dependence.plan);
  });

  it('matches the average probability of the positive class of a classifier', () => {
    const target = classificationPipeline.target;
    expect(target.kind === 'classification' && target.classes).toEqual(['no', 'yes']);
    const curve = curveOf({ column: 'x1', task: 'classification' });
    expect(curve).toMatchObject({ kind: 'probability', classIndex: 1 });
    expectCurve(curve, pd.classification.dependence.x1);
    expectCurve(
      curveOf({ column: 'plan', task: 'classification' }),
      pd.classification.dependence.plan,
    );
  });
});

describe('fitCurve regression line against statsmodels', () => {
  const ols = fixture.olsBand;
  const data = tableOf([numberColumn('x', ols.x), numberColumn('y', ols.y)]);
  const rows = rowRange(0, ols.x.length);

  it.each([{ standardise: false }, { standardise: true }])(
    'draws the OLS line with its 95 percent band (standardise: $standardise)',
    ({ standardise }) => {
      const pipeline = fitted(
        data,
        { target: 'y', task: 'regression', features: [{ column: 'x' }], standardise },
        rows,
      );
      const step = pipeline.steps[0];
      const scaling = step?.kind === 'numeric' ? step.scaling : null;
      // The same line on the scale the model sees: x = z·std + mean.
      const predict = (m: Matrix): Predictions => ({
        values: m.x.map(
          (z) => ols.intercept + ols.slope * (z * (scaling?.std ?? 1) + (scaling?.mean ?? 0)),
        ),
        probabilities: null,
      });
      const result = fitCurve({
        pipeline,
        table: data,
        column: 'x',
        rows,
        parts: new Uint8Array(rows.length),
        actual: Float64Array.from(ols.y),
        predict,
        task: 'regression',
        linear: { trainRows: rows },
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.value.kind).toBe('line');
      expect(result.value.curve).toHaveLength(ols.grid.length);
      result.value.curve.forEach((point, i) => {
        expect(Math.abs(point.x - (ols.grid[i] as number))).toBeLessThan(1e-12);
        expect(Math.abs(point.y - (ols.mean[i] as number))).toBeLessThan(1e-9);
        expect(Math.abs((point.lower ?? NaN) - (ols.lower[i] as number))).toBeLessThan(1e-8);
        expect(Math.abs((point.upper ?? NaN) - (ols.upper[i] as number))).toBeLessThan(1e-8);
      });
    },
  );
});
