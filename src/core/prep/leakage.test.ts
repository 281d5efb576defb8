import { describe, expect, it } from 'vitest';
import type { Column } from '../data/table';
import { fitPipeline } from './fit/fitPipeline';
import type { PipelineSpec } from './prepTypes';
import { trainValTestSplit } from './split/trainValTestSplit';
import { levelColumn, numberColumn, tableOf } from './testing/buildTable';

const n = 200;
const spend = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : 20 + ((i * 37) % 101)));
const plan = Array.from({ length: n }, (_, i) =>
  i % 11 === 0 ? null : (['basic', 'pro', 'team'][i % 3] ?? null),
);
const signup = Array.from({ length: n }, (_, i) => Date.UTC(2023, 0, 1 + ((i * 13) % 365)));
const churned = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0));

function columns(edit: (name: string, cells: (number | string | null)[]) => void): Column[] {
  const copies = { spend: [...spend], plan: [...plan], signup: [...signup], churned: [...churned] };
  for (const [name, cells] of Object.entries(copies)) edit(name, cells);
  return [
    numberColumn('spend', copies.spend),
    levelColumn('plan', copies.plan),
    numberColumn('signup', copies.signup, 'date'),
    numberColumn('churned', copies.churned, 'boolean'),
  ];
}

const spec: PipelineSpec = {
  target: 'churned',
  task: 'classification',
  features: [
    { column: 'spend', impute: 'median' },
    { column: 'plan', maxLevels: 3 },
    { column: 'signup' },
  ],
  standardise: true,
};

describe('the pipeline is fitted on training rows only', () => {
  const split = trainValTestSplit(n, { validation: 0.2, test: 0.2, seed: 11 });
  if (!split.ok) throw new Error('split failed');
  const { train, validation, test } = split.value;
  const original = fitPipeline(tableOf(columns(() => undefined)), spec, train);

  it('is identical when validation and test rows change wildly', () => {
    const heldOut = [...validation, ...test];
    const changed = tableOf(
      columns((name, cells) => {
        for (const row of heldOut) {
          if (name === 'spend') cells[row] = 1e9;
          if (name === 'plan') cells[row] = 'never seen';
          if (name === 'signup') cells[row] = Date.UTC(1990, 5, 1);
          if (name === 'churned') cells[row] = 1;
        }
      }),
    );
    expect(original.ok).toBe(true);
    expect(fitPipeline(changed, spec, train)).toEqual(original);
  });

  it('changes when a training row changes (the check above can fail)', () => {
    const changed = tableOf(
      columns((name, cells) => name === 'spend' && (cells[train[0] as number] = 1e9)),
    );
    expect(fitPipeline(changed, spec, train)).not.toEqual(original);
  });
});
