import { describe, expect, it } from 'vitest';
import { fitPipeline } from '../../prep/fit/fitPipeline';
import { levelColumn, numberColumn, rowRange, tableOf } from '../../prep/testing/buildTable';
import { featureSources, OTHER_LEVELS } from './featureSources';

const n = 60;
const table = tableOf([
  numberColumn(
    'spend',
    Array.from({ length: n }, (_, i) => 10 + i),
  ),
  numberColumn(
    'member',
    Array.from({ length: n }, (_, i) => i % 2),
    'boolean',
  ),
  levelColumn(
    'plan',
    Array.from({ length: n }, (_, i) => (i === 0 ? 'rare' : i % 3 ? 'pro' : 'basic')),
  ),
  numberColumn(
    'signup',
    Array.from({ length: n }, (_, i) => Date.UTC(2023, i % 12, 1 + (i % 28))),
    'date',
  ),
  numberColumn(
    'sales',
    Array.from({ length: n }, (_, i) => i * 2),
  ),
]);

function pipeline(standardise: boolean) {
  const features = ['spend', 'member', 'plan', 'signup'].map((column) => ({
    column,
    minFrequency: 2,
  }));
  const spec = {
    target: 'sales',
    task: 'regression' as const,
    features,
    standardise,
    dropFirstLevel: true,
  };
  const fitted = fitPipeline(table, spec, rowRange(0, n));
  if (!fitted.ok) throw new Error(fitted.error.code);
  return fitted.value;
}

describe('featureSources', () => {
  it('maps every model feature back to its source column, level or date part', () => {
    const fitted = pipeline(false);
    const sources = featureSources(fitted);
    expect(sources).toHaveLength(fitted.featureNames.length);
    expect(sources.map((s) => [s.column, s.sourceColumn, s.level, s.kind])).toEqual([
      ['spend', 'spend', null, 'numeric'],
      ['member', 'member', null, 'boolean'],
      ['plan', 'plan', 'pro', 'level'],
      ['plan', 'plan', OTHER_LEVELS, 'level'],
      ...fitted.featureNames.slice(4).map((name) => [name, 'signup', null, 'date-part']),
    ]);
    expect(fitted.featureNames[4]).toMatch(/^signup: days since/);
  });

  it('carries the standardisation std, which turns model coefficients into per-raw-unit ones', () => {
    const standardised = featureSources(pipeline(true));
    const spendStep = pipeline(true).steps.find((s) => s.column === 'spend');
    expect(spendStep?.kind === 'numeric' && spendStep.scaling?.std).toBe(
      standardised[0]?.scalingStd,
    );
    expect(standardised[0]?.scalingStd).toBeGreaterThan(1);
    expect(featureSources(pipeline(false))[0]?.scalingStd).toBeNull();
    expect(standardised[2]?.scalingStd).toBeNull();
  });
});
