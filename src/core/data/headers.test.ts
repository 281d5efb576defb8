import { describe, expect, it } from 'vitest';
import { generatedHeaders, normaliseHeaders } from './headers';

describe('normaliseHeaders', () => {
  it('keeps prototype-named headers as ordinary names', () => {
    const { headers, renames } = normaliseHeaders(['__proto__', 'constructor', 'toString']);
    expect(headers).toEqual(['__proto__', 'constructor', 'toString']);
    expect(renames).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fills empty headers from their position and reports it', () => {
    const { headers, renames } = normaliseHeaders(['a', '', ' ']);
    expect(headers).toEqual(['a', 'column_2', 'column_3']);
    expect(renames).toEqual([
      { from: '', to: 'column_2' },
      { from: ' ', to: 'column_3' },
    ]);
  });

  it('suffixes duplicates without colliding with existing names', () => {
    const { headers } = normaliseHeaders(['x', 'x', 'x_2', 'x']);
    expect(headers).toEqual(['x', 'x_2', 'x_2_2', 'x_3']);
  });

  // Quadratic renaming took minutes here, linear takes milliseconds: the test's time limit is the
  // guard, not a measured time (performance goals live in benchmarks).
  it('renames 50,000 copies of one header', { timeout: 30_000 }, () => {
    const { headers } = normaliseHeaders(Array<string>(50_000).fill('x'));
    expect(headers.at(-1)).toBe('x_50000');
    expect(new Set(headers).size).toBe(50_000);
  });

  it('generates names for headerless files', () => {
    expect(generatedHeaders(3)).toEqual(['column_1', 'column_2', 'column_3']);
  });
});
