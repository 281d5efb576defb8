import * as tf from '@tensorflow/tfjs-core';
import type { TransposeStyle } from './backprop';

/** Training rows kept on the JavaScript side too, so batches can be cut there. */
export interface HostRows {
  /** Row-major inputs rounded to float32, `cols` per row. */
  readonly x: Float32Array;
  readonly cols: number;
  /** Row-major encoded targets, `outputs` per row. */
  readonly targets: Float32Array;
  readonly outputs: number;
}

/**
 * Whether a backend trains faster with batches cut from host copies and uploaded than with
 * tf.gather on the device: on wasm, gather runs several times longer than the upload of a
 * batch (a plain copy into its heap) and was most of a step's time. GPU backends keep the data
 * on the device.
 */
export function cutsBatchesOnHost(backend: string): boolean {
  return backend === 'wasm';
}

/**
 * The batch tensors of the listed rows, built on the host: inputs, targets, and inputs augmented
 * for the first layer's gradient (augmentedInput's layout for the style). Call inside tf.tidy.
 */
export function hostBatch(
  host: HostRows,
  rows: Int32Array,
  style: TransposeStyle,
): { x: tf.Tensor2D; targets: tf.Tensor2D; augmented: tf.Tensor2D } {
  const { cols, outputs } = host;
  const count = rows.length;
  const x = new Float32Array(count * cols);
  const targets = new Float32Array(count * outputs);
  const augmented = new Float32Array(count * (cols + 1));
  for (let at = 0; at < count; at++) {
    const row = rows[at] as number;
    x.set(host.x.subarray(row * cols, (row + 1) * cols), at * cols);
    targets.set(host.targets.subarray(row * outputs, (row + 1) * outputs), at * outputs);
  }
  if (style === 'flags') {
    for (let at = 0; at < count; at++) {
      augmented.set(x.subarray(at * cols, (at + 1) * cols), at * (cols + 1));
      augmented[at * (cols + 1) + cols] = 1;
    }
  } else {
    // (cols + 1) x count: the transposed inputs, then a row of ones.
    for (let at = 0; at < count; at++) {
      for (let c = 0; c < cols; c++) augmented[c * count + at] = x[at * cols + c] as number;
    }
    augmented.fill(1, cols * count);
  }
  const augmentedShape: [number, number] =
    style === 'flags' ? [count, cols + 1] : [cols + 1, count];
  return {
    x: tf.tensor2d(x, [count, cols]),
    targets: tf.tensor2d(targets, [count, outputs]),
    augmented: tf.tensor2d(augmented, augmentedShape),
  };
}
