import type { TaskType, TrainingSet } from '../modelTypes';
import type { OutputActivation } from './neuralTypes';

/** How the network's output is read: its activation, width and the regression target scale. */
export interface OutputEncoding {
  readonly output: OutputActivation;
  readonly outputUnits: number;
  readonly targetScale: { readonly mean: number; readonly std: number } | null;
  readonly classCount: number | null;
}

/** Regression: linear unit on the standardised target; two classes: sigmoid; more: softmax. */
export function outputEncodingFor(task: TaskType, train: TrainingSet): OutputEncoding {
  if (task === 'classification') {
    const classCount = train.classes?.length ?? 0;
    return classCount <= 2
      ? { output: 'sigmoid', outputUnits: 1, targetScale: null, classCount }
      : { output: 'softmax', outputUnits: classCount, targetScale: null, classCount };
  }
  let sum = 0;
  for (const value of train.y) sum += value;
  const mean = sum / Math.max(train.rows, 1);
  let squares = 0;
  for (const value of train.y) squares += (value - mean) ** 2;
  const std = Math.sqrt(squares / Math.max(train.rows, 1));
  // A constant target still trains (to the mean); a zero std would divide by zero.
  return {
    output: 'linear',
    outputUnits: 1,
    targetScale: { mean, std: std > 0 ? std : 1 },
    classCount: null,
  };
}

/** The rows' targets as network outputs: scaled values, 0/1 labels, or one-hot rows. */
export function encodeTargets(y: Float64Array, encoding: OutputEncoding): Float32Array {
  const { targetScale, output, outputUnits } = encoding;
  if (targetScale !== null)
    return Float32Array.from(y, (v) => (v - targetScale.mean) / targetScale.std);
  if (output === 'sigmoid') return Float32Array.from(y, (v) => (v === 1 ? 1 : 0));
  const oneHot = new Float32Array(y.length * outputUnits);
  for (let row = 0; row < y.length; row++) oneHot[row * outputUnits + (y[row] as number)] = 1;
  return oneHot;
}
