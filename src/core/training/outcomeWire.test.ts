import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { RowPredictions } from '../results/resultTypes';
import { MIN_PACKED_LENGTH, packOutcome, toNumberArray, unpackOutcome } from './outcomeWire';
import type { TrainingOutcome } from './trainingTypes';

const sequence = (length: number, scale: number): number[] =>
  Array.from({ length }, (_, i) => Math.sin(i * scale) * 3 - 0.5);

/** The shape of an SVM model: long flat arrays, short ones, nested machines, other values. */
function svmLikeModel() {
  return {
    solver: 'smo',
    cols: 4,
    supportVectors: sequence(MIN_PACKED_LENGTH * 4, 0.7),
    supportRows: Array.from({ length: MIN_PACKED_LENGTH }, (_, i) => i * 2),
    pairs: [
      { first: 0, second: 1, coefs: sequence(MIN_PACKED_LENGTH + 3, 1.3), rho: 0.25 },
      { first: 0, second: 2, coefs: [1, -1, 0.5], rho: -0.1 },
    ],
    labels: Array.from({ length: MIN_PACKED_LENGTH }, (_, i) => `row ${i}`),
    special: [Number.NaN, Infinity, -0, ...sequence(MIN_PACKED_LENGTH, 0.1)],
    regression: null,
  };
}

function predictionsOf(rows: number, classes: readonly string[]): RowPredictions {
  return {
    rows: Int32Array.from({ length: rows }, (_, i) => i * 3),
    part: Uint8Array.from({ length: rows }, (_, i) => i % 3),
    actual: Float64Array.from({ length: rows }, (_, i) => i % classes.length),
    predicted: Float64Array.from({ length: rows }, (_, i) => (i + 1) % classes.length),
    probabilities: new Float64Array(rows * classes.length).fill(1 / classes.length),
    classes,
  };
}

function outcomeWith(model: unknown): TrainingOutcome {
  const classes = ['a', 'b', 'c'];
  const metrics = { task: 'regression', rows: 10, r2: 0.5, rmse: 1, mae: 1, mape: null } as const;
  return {
    kind: 'svm',
    task: 'classification',
    model,
    pipeline: {} as TrainingOutcome['pipeline'],
    featureNames: ['f1', 'f2'],
    classes,
    rowCounts: { train: 6, validation: 2, test: 2 },
    metrics: { train: metrics, validation: null, test: null },
    baseline: { train: metrics, validation: null, test: null },
    crossValidation: null,
    backend: null,
    trainMs: 12,
    lossHistory: [{ epoch: 1, loss: 0.5, valLoss: null }],
    notices: [],
    predictions: predictionsOf(10, classes),
  };
}

describe('packOutcome / unpackOutcome', () => {
  it('round-trips an outcome through a transferring structured clone unchanged', () => {
    const outcome = outcomeWith(svmLikeModel());
    const expected = structuredClone(outcome);
    const { packed, transfer } = packOutcome(outcome);
    const received = structuredClone(packed, { transfer: [...transfer] });
    expect(unpackOutcome(received)).toEqual(expected);
  });

  it('moves only long all-number arrays out of the model, as Float64Arrays', () => {
    const model = svmLikeModel();
    const { packed } = packOutcome(outcomeWith(model));
    const paths = packed.numberArrays.map((entry) => entry.path.join('.'));
    expect(paths).toEqual(['supportVectors', 'supportRows', 'pairs.0.coefs', 'special']);
    expect(packed.numberArrays[0]?.values).toEqual(Float64Array.from(model.supportVectors));
    const sent = packed.outcome.model as ReturnType<typeof svmLikeModel>;
    expect(sent.supportVectors).toEqual([]);
    expect(sent.pairs[1]?.coefs).toEqual([1, -1, 0.5]); // short: cloned as it is
    expect(sent.labels).toEqual(model.labels); // not numbers: cloned as they are
  });

  it('keeps NaN, infinities and -0 in a packed array', () => {
    const model = { values: [Number.NaN, Infinity, -Infinity, -0, ...sequence(300, 0.2)] };
    const { packed, transfer } = packOutcome(outcomeWith(model));
    const back = unpackOutcome(structuredClone(packed, { transfer: [...transfer] }));
    expect((back.model as typeof model).values).toEqual(model.values);
    expect(Object.is((back.model as typeof model).values[3], -0)).toBe(true);
  });

  it('lists every buffer to transfer exactly once: packed arrays and prediction columns', () => {
    const outcome = outcomeWith(svmLikeModel());
    const { packed, transfer } = packOutcome(outcome);
    const { rows, part, actual, predicted, probabilities } = outcome.predictions;
    const expected = [
      ...packed.numberArrays.map((entry) => entry.values.buffer),
      ...[rows, part, actual, predicted, probabilities].map((view) => view?.buffer),
    ];
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(new Set(transfer)).toEqual(new Set(expected));
  });

  it('does not transfer a prediction column that is a view of a larger or shared buffer', () => {
    const outcome = outcomeWith(null);
    const shared = new Float64Array(20);
    const predictions = {
      ...outcome.predictions,
      actual: shared.subarray(0, 10),
      predicted: shared.subarray(10, 20),
    };
    const { transfer } = packOutcome({ ...outcome, predictions });
    expect(transfer).not.toContain(shared.buffer);
    expect(transfer).toHaveLength(3); // rows, part, probabilities
    const back = unpackOutcome(structuredClone(packOutcome({ ...outcome, predictions }).packed));
    expect(back.predictions.predicted).toEqual(predictions.predicted);
  });

  it('leaves the sender’s outcome untouched (its model is copied, not emptied)', () => {
    const model = svmLikeModel();
    const before = structuredClone(model);
    packOutcome(outcomeWith(model));
    expect(model).toEqual(before);
  });

  it('handles a model that is itself a long number array, and models with nothing to pack', () => {
    const flat = sequence(MIN_PACKED_LENGTH, 0.3);
    const { packed, transfer } = packOutcome(outcomeWith(flat));
    expect(packed.numberArrays.map((entry) => entry.path)).toEqual([[]]);
    expect(unpackOutcome(structuredClone(packed, { transfer: [...transfer] })).model).toEqual(flat);
    const small = { weights: [1, 2, 3], bias: 0.5 };
    const plain = packOutcome(outcomeWith(small));
    expect(plain.packed.numberArrays).toEqual([]);
    expect(unpackOutcome(structuredClone(plain.packed)).model).toEqual(small);
  });

  it('unpacks into dense arrays, which clone as bare doubles (9 bytes each), not index by index', () => {
    const values = Float64Array.from(sequence(5000, 0.9));
    const holey = new Array<number>(values.length);
    values.forEach((value, i) => (holey[i] = value));
    const bytesPerNumber = (array: number[]) => serialize(array).length / array.length;
    expect(bytesPerNumber(holey)).toBeGreaterThan(11); // the shape this guards against
    expect(bytesPerNumber(toNumberArray(values))).toBeLessThan(9.1);
    const { packed, transfer } = packOutcome(outcomeWith(svmLikeModel()));
    const back = unpackOutcome(structuredClone(packed, { transfer: [...transfer] }));
    const vectors = (back.model as ReturnType<typeof svmLikeModel>).supportVectors;
    expect(bytesPerNumber(vectors)).toBeLessThan(9.1);
  });
});
