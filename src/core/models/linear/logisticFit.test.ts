import { describe, expect, it } from 'vitest';
import binary from './fixtures/logit-binary.json';
import multinomial from './fixtures/logit-multinomial.json';
import { maxRelativeError, trainingSetFromRows } from './fixtureData';
import type { LogisticModel } from './linearTypes';
import { fitLogistic, type LogisticSettings } from './logisticFit';
import { predictLinear } from './predictLinear';

interface SklearnFit {
  coef: number[][];
  intercept: number[];
  probabilities: number[][];
  optimalityGap: number;
}

const binarySet = trainingSetFromRows(binary.x, binary.y, binary.featureNames, ['no', 'yes']);
const multinomialSet = trainingSetFromRows(
  multinomial.x,
  multinomial.y,
  multinomial.featureNames,
  multinomial.classes,
);

function fitted(data: typeof binarySet, settings: LogisticSettings): LogisticModel {
  const result = fitLogistic(data, settings);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Per predictor: [intercept, ...coefficients], the layout statsmodels and sklearn print. */
const parameterRows = (model: LogisticModel) =>
  model.intercepts.map((b0, a) => [b0, ...(model.coefficients[a] ?? [])]);

function firstRowsProbabilities(model: LogisticModel, rows: number[][]): number[] {
  const data = trainingSetFromRows(rows.slice(0, 10), [], model.featureNames);
  return Array.from(predictLinear(model, data).probabilities ?? []);
}

function expectMatchesSklearn(
  model: LogisticModel,
  reference: SklearnFit,
  rows: number[][],
  tolerance: number,
) {
  const expected = reference.coef.map((row, a) => [reference.intercept[a] ?? NaN, ...row]);
  expect(maxRelativeError(parameterRows(model).flat(), expected.flat(), 1e-2)).toBeLessThan(
    tolerance,
  );
  expect(
    maxRelativeError(firstRowsProbabilities(model, rows), reference.probabilities.flat()),
  ).toBeLessThan(tolerance);
}

describe('fitLogistic without penalty (statsmodels Logit)', () => {
  const model = fitted(binarySet, { penalty: 'none', C: 1 });
  const reference = binary.statsmodels;

  it('matches coefficients, standard errors and p-values to 1e-6', () => {
    const rows = model.table;
    expect(
      maxRelativeError(
        rows.map((row) => row.estimate),
        reference.params,
      ),
    ).toBeLessThan(1e-6);
    expect(
      maxRelativeError(
        rows.map((row) => row.standardError),
        reference.bse,
      ),
    ).toBeLessThan(1e-6);
    expect(
      maxRelativeError(
        rows.map((row) => row.pValue),
        reference.pvalues,
      ),
    ).toBeLessThan(1e-6);
  });

  it('reports odds ratios as exp(coefficient) and 95% intervals of ±1.96 standard errors', () => {
    for (const row of model.table) {
      expect(row.oddsRatio).toBeCloseTo(Math.exp(row.estimate ?? NaN), 12);
      expect(
        ((row.ciUpper ?? NaN) - (row.estimate ?? NaN)) / (row.standardError ?? NaN),
      ).toBeCloseTo(1.959963984540054, 10);
    }
  });

  it('matches log-likelihoods, pseudo R², LR test p-value, AIC and BIC', () => {
    const { fit } = model;
    const actual = [
      fit.logLikelihood,
      fit.nullLogLikelihood,
      fit.pseudoRSquared,
      fit.likelihoodRatioPValue,
      fit.aic,
      fit.bic,
    ];
    const expected = [
      reference.llf,
      reference.llnull,
      reference.prsquared,
      reference.llrPvalue,
      reference.aic,
      reference.bic,
    ];
    expect(maxRelativeError(actual, expected)).toBeLessThan(1e-6);
  });

  it('predicts the same probabilities', () => {
    const probabilities = firstRowsProbabilities(model, binary.x);
    const positive = probabilities.filter((_, index) => index % 2 === 1);
    expect(maxRelativeError(positive, reference.probabilities)).toBeLessThan(1e-6);
  });
});

describe('fitLogistic without penalty (statsmodels MNLogit)', () => {
  const model = fitted(multinomialSet, { penalty: 'none', C: 1 });
  const reference = multinomial.statsmodels;

  it('uses the first class as reference and matches coefficients and standard errors', () => {
    expect(model.logitClasses).toEqual([1, 2]);
    expect(maxRelativeError(parameterRows(model).flat(), reference.params.flat())).toBeLessThan(
      1e-6,
    );
    const standardErrors = model.table.map((row) => row.standardError);
    expect(maxRelativeError(standardErrors, reference.bse.flat())).toBeLessThan(1e-6);
    expect(
      maxRelativeError(
        model.table.map((row) => row.pValue),
        reference.pvalues.flat(),
      ),
    ).toBeLessThan(1e-6);
    expect(model.table.map((row) => row.className)).toEqual([
      ...Array(4).fill('stay'),
      ...Array(4).fill('upgrade'),
    ]);
  });

  it('matches log-likelihood, AIC, BIC and probabilities', () => {
    const { fit } = model;
    const actual = [
      fit.logLikelihood,
      fit.nullLogLikelihood,
      fit.pseudoRSquared,
      fit.likelihoodRatioPValue,
      fit.aic,
      fit.bic,
    ];
    const expected = [
      reference.llf,
      reference.llnull,
      reference.prsquared,
      reference.llrPvalue,
      reference.aic,
      reference.bic,
    ];
    expect(maxRelativeError(actual, expected)).toBeLessThan(1e-6);
    expect(
      maxRelativeError(
        firstRowsProbabilities(model, multinomial.x),
        reference.probabilities.flat(),
      ),
    ).toBeLessThan(1e-6);
  });
});

describe('fitLogistic with an L2 penalty (sklearn LogisticRegression)', () => {
  const cases = [
    ...binary.sklearn.map((reference) => ({
      name: 'binary',
      data: binarySet,
      rows: binary.x,
      reference,
    })),
    ...multinomial.sklearn.map((reference) => ({
      name: '3-class',
      data: multinomialSet,
      rows: multinomial.x,
      reference,
    })),
  ];
  for (const { name, data, rows, reference } of cases) {
    it(`matches the exact sklearn optimum (${reference.exact.solver}) for ${name}, C=${reference.C}, to 1e-6`, () => {
      const model = fitted(data, { penalty: 'l2', C: reference.C });
      expectMatchesSklearn(model, reference.exact, rows, 1e-6);
    });

    it(`matches sklearn lbfgs for ${name}, C=${reference.C}, as closely as lbfgs itself stops`, () => {
      const model = fitted(data, { penalty: 'l2', C: reference.C });
      const tolerance = Math.max(1e-6, 3 * reference.lbfgs.optimalityGap);
      expectMatchesSklearn(model, reference.lbfgs, rows, tolerance);
    });
  }

  it('warns that standard errors under a penalty are approximate', () => {
    const model = fitted(binarySet, { penalty: 'l2', C: 1 });
    expect(model.warnings.map((warning) => warning.code)).toContain('penalised-inference');
  });
});

describe('fitLogistic penalty scale', () => {
  /** The same rows with every feature standardised (population standard deviation). */
  function standardisedRows(rows: number[][]): number[][] {
    const cols = rows[0]?.length ?? 0;
    const stats = Array.from({ length: cols }, (_, j) => {
      const column = rows.map((row) => row[j] ?? 0);
      const mean = column.reduce((a, b) => a + b, 0) / column.length;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / column.length;
      return { mean, std: Math.sqrt(variance) };
    });
    return rows.map((row) => row.map((value, j) => (value - stats[j]!.mean) / stats[j]!.std));
  }

  it("'standardised' on raw features equals the raw-scale penalty on standardised features", () => {
    const onRaw = fitted(binarySet, { penalty: 'l2', C: 0.05, penaltyScale: 'standardised' });
    const zRows = standardisedRows(binary.x);
    const zSet = trainingSetFromRows(zRows, binary.y, binary.featureNames, ['no', 'yes']);
    const onStandardised = fitted(zSet, { penalty: 'l2', C: 0.05 });
    const rawProbabilities = firstRowsProbabilities(onRaw, binary.x);
    const zProbabilities = firstRowsProbabilities(onStandardised, zRows);
    expect(maxRelativeError(rawProbabilities, zProbabilities)).toBeLessThan(1e-9);
  });

  it('penalises differently from the raw-scale default when features have different units', () => {
    const raw = fitted(binarySet, { penalty: 'l2', C: 0.05 });
    const standardised = fitted(binarySet, {
      penalty: 'l2',
      C: 0.05,
      penaltyScale: 'standardised',
    });
    expect(
      maxRelativeError(raw.coefficients.flat(), standardised.coefficients.flat()),
    ).toBeGreaterThan(1e-3);
  });
});
