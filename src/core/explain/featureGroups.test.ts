import { describe, expect, it } from 'vitest';
import { fitPipeline } from '../prep/fit/fitPipeline';
import { levelColumn, numberColumn, rowRange, tableOf } from '../prep/testing/buildTable';
import { featureGroups } from './featureGroups';

describe('featureGroups', () => {
  it('groups every encoded column by the source column it comes from', () => {
    const days = [0, 40, 75, 100, 160, 230];
    const table = tableOf([
      numberColumn(
        'signup',
        days.map((d) => Date.UTC(2024, 0, 1) + d * 86_400_000),
        'date',
      ),
      levelColumn('plan', ['basic', 'pro', 'team', 'pro', 'basic', 'team']),
      numberColumn('spend', [1, 2, 3, 4, 5, 6]),
      numberColumn('sales', [3, 1, 4, 1, 5, 9]),
    ]);
    const features = [{ column: 'signup' }, { column: 'plan' }, { column: 'spend' }];
    const spec = { target: 'sales', task: 'regression', features, standardise: false } as const;
    const pipeline = fitPipeline(table, spec, rowRange(0, 6));
    if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
    const groups = featureGroups(pipeline.value);
    expect(groups.map((g) => g.column)).toEqual(['signup', 'plan', 'spend']);
    // Every encoded column belongs to exactly one group.
    const all = groups.flatMap((g) => g.features).sort((a, b) => a - b);
    expect(all).toEqual(pipeline.value.featureNames.map((_, i) => i));
    const names = (column: string) =>
      groups.find((g) => g.column === column)?.features.map((f) => pipeline.value.featureNames[f]);
    expect(names('signup')?.every((name) => name?.startsWith('signup'))).toBe(true);
    expect(names('signup')?.length).toBeGreaterThan(1);
    expect(names('plan')?.every((name) => name?.startsWith('plan'))).toBe(true);
    expect(names('spend')).toEqual(['spend']);
  });
});
