import { describe, expect, it } from 'vitest';
import { kFold, type Fold } from './kFold';

function unwrap(result: ReturnType<typeof kFold>): Fold[] {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('kFold', () => {
  it('validates every row exactly once across five folds by default', () => {
    const folds = unwrap(kFold(23, { seed: 5 }));
    expect(folds).toHaveLength(5);
    const validated = folds.flatMap((fold) => Array.from(fold.validation)).sort((a, b) => a - b);
    expect(validated).toEqual(Array.from({ length: 23 }, (_, i) => i));
    for (const fold of folds) {
      expect(fold.train.length + fold.validation.length).toBe(23);
      expect([4, 5]).toContain(fold.validation.length);
      expect(Array.from(fold.train).some((row) => fold.validation.includes(row))).toBe(false);
    }
  });

  it('is reproducible from its seed', () => {
    expect(kFold(40, { k: 4, seed: 9 })).toEqual(kFold(40, { k: 4, seed: 9 }));
    expect(kFold(40, { k: 4, seed: 9 })).not.toEqual(kFold(40, { k: 4, seed: 10 }));
  });

  it('gives each fold the same class mix when stratified', () => {
    const labels = Float64Array.from({ length: 100 }, (_, i) => (i < 20 ? 1 : 0));
    const folds = unwrap(kFold(100, { k: 5, seed: 2, stratify: labels }));
    const positives = folds.map(
      (fold) => Array.from(fold.validation).filter((r) => labels[r] === 1).length,
    );
    expect(positives).toEqual([4, 4, 4, 4, 4]);
  });

  it('refuses fewer rows than folds, and fewer than two folds', () => {
    expect(kFold(3, { k: 5, seed: 1 })).toEqual({
      ok: false,
      error: { code: 'too-few-rows', rows: 3, needed: 5 },
    });
    expect(kFold(10, { k: 1, seed: 1 })).toMatchObject({ ok: false, error: { code: 'bad-split' } });
  });
});
