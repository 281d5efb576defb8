import { describe, expect, it } from 'vitest';
import { scoreErrorParams } from './scoreErrorParams';

describe('scoreErrorParams', () => {
  it('lists the missing columns and the renamed-looking pairs', () => {
    const params = scoreErrorParams({
      code: 'missing-columns',
      columns: ['tv_spend', '__proto__'],
      renamedLooking: [{ expected: 'tv_spend', found: 'TV Spend' }],
      message: 'missing',
    });
    expect(params).toEqual({
      columns: 'tv_spend”, “__proto__',
      count: 2,
      renamed: 'TV Spend → tv_spend',
    });
  });

  it('names the column and both types of a type mismatch', () => {
    const params = scoreErrorParams({
      code: 'type-mismatch',
      column: 'age',
      expected: 'numeric',
      found: 'text',
      message: 'mismatch',
    });
    expect(params).toEqual({ column: 'age', expected: 'numeric', found: 'text' });
  });

  it('keeps the model failure detail', () => {
    expect(scoreErrorParams({ code: 'model-failed', message: 'NaN weights' })).toEqual({
      detail: 'NaN weights',
    });
  });
});
