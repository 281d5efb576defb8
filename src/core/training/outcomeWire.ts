import type { RowPredictions } from '../results/resultTypes';
import type { TrainingOutcome } from './trainingTypes';

/**
 * A training outcome made cheap to post between threads. Long `number[]` arrays inside the model
 * (an SVM's support vectors: ~100k numbers on the built-in sample) cost one heap object per
 * element to structured-clone and to rebuild; as Float64Arrays they are transferred whole. Their
 * places in `outcome.model` hold empty arrays until `unpackOutcome` puts them back.
 */
export interface PackedOutcome {
  readonly outcome: TrainingOutcome;
  readonly numberArrays: readonly PackedNumbers[];
}

/** One long number array of the model: where it sits (keys from the model down) and its values. */
export interface PackedNumbers {
  readonly path: readonly string[];
  readonly values: Float64Array;
}

/** A packed outcome and the buffers to transfer with it, each listed once. */
export interface OutcomeMessage {
  readonly packed: PackedOutcome;
  readonly transfer: readonly ArrayBuffer[];
}

/** Shorter arrays clone cheaply; packing them would only add bookkeeping. */
export const MIN_PACKED_LENGTH = 256;

const isNumberArray = (value: unknown[]): boolean =>
  value.every((item) => typeof item === 'number');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Where `stripNumbers` puts what it takes out: the arrays and their (fresh) buffers. */
interface Found {
  readonly arrays: PackedNumbers[];
  readonly buffers: Set<ArrayBuffer>;
}

/** A copy of `value` with its long number arrays moved into `found` (plain objects/arrays only). */
function stripNumbers(value: unknown, path: readonly string[], found: Found): unknown {
  if (Array.isArray(value)) {
    const items = value as unknown[];
    if (items.length >= MIN_PACKED_LENGTH && isNumberArray(items)) {
      const values = new Float64Array(items as number[]);
      found.arrays.push({ path, values });
      found.buffers.add(values.buffer);
      return [];
    }
    return items.map((item, index) => stripNumbers(item, [...path, String(index)], found));
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = stripNumbers(item, [...path, key], found);
  }
  return copy;
}

/** Adds the prediction buffers that can be handed over whole: own, unshared, not views of more. */
function addPredictionBuffers(predictions: RowPredictions, buffers: Set<ArrayBuffer>): void {
  const { rows, part, actual, predicted, probabilities } = predictions;
  const views = [rows, part, actual, predicted, ...(probabilities ? [probabilities] : [])];
  for (const view of views) {
    const { buffer } = view;
    if (
      buffer instanceof ArrayBuffer &&
      view.byteOffset === 0 &&
      view.byteLength === buffer.byteLength
    ) {
      buffers.add(buffer);
    }
  }
}

/**
 * Packs `outcome` for posting. The sender must not touch the outcome's prediction arrays after
 * posting with `transfer`: they are moved, not copied. The outcome itself is not changed.
 */
export function packOutcome(outcome: TrainingOutcome): OutcomeMessage {
  const found: Found = { arrays: [], buffers: new Set() };
  const model = stripNumbers(outcome.model, [], found);
  addPredictionBuffers(outcome.predictions, found.buffers);
  const packed = { outcome: { ...outcome, model }, numberArrays: found.arrays };
  return { packed, transfer: [...found.buffers] };
}

/**
 * Rebuilds a double-valued array, grown by push so that it is dense (no holes). The page posts
 * the outcome on to the results worker: a dense double array clones as raw doubles, while one
 * made with `new Array(n)` is holey and clones index by index (~60-250 ms of main thread for an
 * SVM's ~95,000 support-vector numbers).
 */
export function toNumberArray(values: Float64Array): number[] {
  const array: number[] = [];
  for (let i = 0; i < values.length; i++) array.push(values[i] as number);
  return array;
}

/** Puts the long number arrays back where `packOutcome` took them from (in the received copy). */
export function unpackOutcome(packed: PackedOutcome): TrainingOutcome {
  const { outcome, numberArrays } = packed;
  if (numberArrays.length === 0) return outcome;
  const root: { model: unknown } = { model: outcome.model };
  for (const { path, values } of numberArrays) {
    let holder: unknown = root;
    const keys = ['model', ...path];
    for (const key of keys.slice(0, -1)) holder = (holder as Record<string, unknown>)[key];
    (holder as Record<string, unknown>)[keys[keys.length - 1] ?? 'model'] = toNumberArray(values);
  }
  return { ...outcome, model: root.model };
}
