import { describe, expect, it } from 'vitest';
import { trainValTestSplit, type RowSplit } from './trainValTestSplit';

function unwrap(result: ReturnType<typeof trainValTestSplit>): RowSplit {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const classesOf = (rows: Int32Array, labels: Float64Array, label: number) =>
  Array.from(rows).filter((row) => labels[row] === label).length;

describe('trainValTestSplit', () => {
  it('puts every row in exactly one part, in the requested sizes', () => {
    const split = unwrap(trainValTestSplit(100, { validation: 0.15, test: 0.2, seed: 1 }));
    expect([split.train.length, split.validation.length, split.test.length]).toEqual([65, 15, 20]);
    const all = [...split.train, ...split.validation, ...split.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('gives the same split for the same seed and a different one for another seed', () => {
    const options = { validation: 0.1, test: 0.2, seed: 42 };
    expect(trainValTestSplit(50, options)).toEqual(trainValTestSplit(50, options));
    const other = unwrap(trainValTestSplit(50, { ...options, seed: 43 }));
    expect(Array.from(other.test)).not.toEqual(
      Array.from(unwrap(trainValTestSplit(50, options)).test),
    );
  });

  it('keeps class proportions in every part when stratified', () => {
    // 900 rows of class 0, 100 of class 1 (10 %), interleaved.
    const labels = Float64Array.from({ length: 1000 }, (_, i) => (i % 10 === 3 ? 1 : 0));
    const split = unwrap(
      trainValTestSplit(1000, { validation: 0.2, test: 0.2, seed: 7, stratify: labels }),
    );
    expect(classesOf(split.test, labels, 1)).toBe(20);
    expect(classesOf(split.validation, labels, 1)).toBe(20);
    expect(classesOf(split.train, labels, 1)).toBe(60);
  });

  it('leaves a rare class in training rather than testing its only row', () => {
    const labels = Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const split = unwrap(
      trainValTestSplit(10, { validation: 0, test: 0.2, seed: 3, stratify: labels }),
    );
    expect(split.test.length).toBe(2);
    expect(classesOf(split.train, labels, 1)).toBe(1);
  });

  it('trains on every row when nothing is held out', () => {
    const split = unwrap(trainValTestSplit(5, { validation: 0, test: 0, seed: 1 }));
    expect(Array.from(split.train)).toEqual([0, 1, 2, 3, 4]);
    expect(split.test.length).toBe(0);
  });

  it('refuses splits that leave too few rows or make no sense', () => {
    expect(trainValTestSplit(2, { validation: 0, test: 0.2, seed: 1 })).toEqual({
      ok: false,
      error: { code: 'too-few-rows', rows: 2, needed: 3 },
    });
    expect(trainValTestSplit(100, { validation: 0.5, test: 0.5, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-split', reason: 'share-sum' },
    });
    expect(trainValTestSplit(100, { validation: 0, test: 20, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-split', reason: 'share-range' },
    });
  });
});
