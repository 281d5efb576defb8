import { describe, expect, it } from 'vitest';
import collinear from './fixtures/ols-collinear.json';
import constant from './fixtures/ols-constant.json';
import longley from './fixtures/ols-longley.json';
import marketing from './fixtures/ols-marketing.json';
import { maxRelativeError, trainingSetFromRows } from './fixtureData';
import type { OlsModel } from './linearTypes';
import { fitOls } from './olsFit';

interface StatsmodelsOls {
  params: number[];
  bse: number[];
  tvalues: number[];
  pvalues: number[];
  confInt: number[][];
  rsquared: number;
  rsquaredAdj: number;
  fvalue: number;
  fPvalue: number;
  aic: number;
  bic: number;
  llf: number;
  ssr: number;
  dfResid: number;
  dfModel: number;
  conditionNumber: number;
  durbinWatson: number;
  vif: number[];
  fitted: number[];
}

const TOLERANCE = 1e-6;

type Fixture = { x: number[][]; y: number[]; featureNames: string[] };

function fittedWith(method: 'auto' | 'qr', fixture: Fixture): OlsModel {
  const result = fitOls(trainingSetFromRows(fixture.x, fixture.y, fixture.featureNames), method);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Table and fit statistics of `model`, restricted to the rows statsmodels estimated. */
function expectMatchesStatsmodels(model: OlsModel, reference: StatsmodelsOls, features: string[]) {
  const rows = model.table.filter(
    (row) => row.feature === '(intercept)' || features.includes(row.feature),
  );
  const column = (pick: (row: (typeof rows)[number]) => number | null) => rows.map(pick);
  expect(
    maxRelativeError(
      column((row) => row.estimate),
      reference.params,
    ),
  ).toBeLessThan(TOLERANCE);
  expect(
    maxRelativeError(
      column((row) => row.standardError),
      reference.bse,
    ),
  ).toBeLessThan(TOLERANCE);
  expect(
    maxRelativeError(
      column((row) => row.statistic),
      reference.tvalues,
    ),
  ).toBeLessThan(TOLERANCE);
  expect(
    maxRelativeError(
      column((row) => row.pValue),
      reference.pvalues,
    ),
  ).toBeLessThan(TOLERANCE);
  const lower = reference.confInt.map((pair) => pair[0] ?? NaN);
  const upper = reference.confInt.map((pair) => pair[1] ?? NaN);
  expect(
    maxRelativeError(
      column((row) => row.ciLower),
      lower,
    ),
  ).toBeLessThan(TOLERANCE);
  expect(
    maxRelativeError(
      column((row) => row.ciUpper),
      upper,
    ),
  ).toBeLessThan(TOLERANCE);
  expect(maxRelativeError(column((row) => row.vif).slice(1), reference.vif)).toBeLessThan(
    TOLERANCE,
  );
  const { fit } = model;
  const pairs: [number | null, number][] = [
    [fit.rSquared, reference.rsquared],
    [fit.adjustedRSquared, reference.rsquaredAdj],
    [fit.fStatistic, reference.fvalue],
    [fit.fPValue, reference.fPvalue],
    [fit.aic, reference.aic],
    [fit.bic, reference.bic],
    [fit.logLikelihood, reference.llf],
    [fit.residualSumOfSquares, reference.ssr],
    [fit.dfResidual, reference.dfResid],
    [fit.dfModel, reference.dfModel],
    [fit.durbinWatson, reference.durbinWatson],
  ];
  expect(
    maxRelativeError(
      pairs.map((pair) => pair[0]),
      pairs.map((pair) => pair[1]),
    ),
  ).toBeLessThan(TOLERANCE);
}

// 'auto' takes the cross-products for every fixture but the aliased one; 'qr' forces the fallback.
describe.each(['auto', 'qr'] as const)('fitOls (method %s)', (method) => {
  const fitted = (fixture: Fixture) => fittedWith(method, fixture);

  it('matches statsmodels OLS on marketing data: coefficients, inference, fit statistics, VIF', () => {
    const model = fitted(marketing);
    expectMatchesStatsmodels(model, marketing.statsmodels, marketing.featureNames);
    expect(
      maxRelativeError([model.fit.conditionNumber], [marketing.statsmodels.conditionNumber]),
    ).toBeLessThan(1e-6);
    expect(model.warnings).toEqual([]);
  });

  it('labels the intercept row and keeps feature order in the table', () => {
    const model = fitted(marketing);
    expect(model.table.map((row) => row.feature)).toEqual([
      '(intercept)',
      ...marketing.featureNames,
    ]);
    expect(model.coefficients).toEqual(model.table.slice(1).map((row) => row.estimate));
  });

  it('drops the later of two aliased columns, names its partners, and matches the reduced fit', () => {
    const model = fitted(collinear);
    const kept = collinear.featureNames.filter((name) => name !== collinear.aliased);
    expectMatchesStatsmodels(model, collinear.reduced, kept);
    const aliasedRow = model.table.find((row) => row.feature === collinear.aliased);
    expect(aliasedRow).toMatchObject({ aliased: true, estimate: null, pValue: null });
    const warning = model.warnings.find((item) => item.code === 'aliased-column');
    expect(warning?.columns).toEqual([collinear.aliased, ...collinear.aliasedWith]);
    expect(warning?.message).toContain(
      "'total_spend' is an exact combination of 'search_spend' and 'social_spend'",
    );
    expect(model.fit.rank).toBe(collinear.fullDesignRank);
  });

  it('gives the same fitted values as statsmodels on the full rank-deficient design', () => {
    const model = fitted(collinear);
    const predictions = collinear.x.map(
      (row) =>
        model.intercept +
        row.reduce((sum, value, j) => sum + value * (model.coefficients[j] ?? NaN), 0),
    );
    expect(maxRelativeError(predictions, collinear.fullDesignFitted)).toBeLessThan(1e-9);
  });

  it('leaves out a constant column with a warning and matches statsmodels without it', () => {
    const model = fitted(constant);
    expectMatchesStatsmodels(model, constant.reduced, ['discount', 'temperature']);
    expect(model.warnings.map((warning) => [warning.code, warning.columns])).toEqual([
      ['constant-column', [constant.constant]],
    ]);
    expect(model.table[2]).toMatchObject({
      feature: constant.constant,
      aliased: true,
      estimate: null,
    });
  });

  it("solves NIST's ill-conditioned Longley data to statsmodels' precision and warns about it", () => {
    const model = fitted(longley);
    expectMatchesStatsmodels(model, longley.statsmodels, longley.featureNames);
    expect(
      maxRelativeError([model.fit.conditionNumber], [longley.statsmodels.conditionNumber]),
    ).toBeLessThan(1e-6);
    expect(model.warnings.map((warning) => warning.code)).toEqual(['high-vif', 'ill-conditioned']);
    expect(model.warnings[0]?.columns).toEqual(['GNPDEFL', 'GNP', 'UNEMP', 'POP', 'YEAR']);
  });
});
