import { seededRandom } from '../../prep/split/seededRandom';
import type { HiddenActivation, OutputActivation } from './neuralTypes';

/** The shape of a multi-layer perceptron, input to output. */
export interface MlpSpec {
  readonly inputSize: number;
  readonly hiddenUnits: readonly number[];
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly outputUnits: number;
}

/** Weight and bias values of one dense layer, row-major inputSize x units. */
export interface LayerValues {
  readonly inputSize: number;
  readonly units: number;
  readonly weights: Float32Array;
  readonly biases: Float32Array;
}

/** Layer sizes from input to output, e.g. [20, 32, 16, 1]. */
export function layerSizesOf(spec: MlpSpec): number[] {
  return [spec.inputSize, ...spec.hiddenUnits, spec.outputUnits];
}

/**
 * Glorot-uniform kernels (Keras's default, limit sqrt(6 / (fanIn + fanOut))) and zero biases,
 * drawn from our own seeded generator so the start is the same on every backend.
 */
export function initialLayerValues(spec: MlpSpec, seed: number): LayerValues[] {
  const random = seededRandom(seed);
  const sizes = layerSizesOf(spec);
  const layers: LayerValues[] = [];
  for (let layer = 0; layer + 1 < sizes.length; layer++) {
    const inputSize = sizes[layer] as number;
    const units = sizes[layer + 1] as number;
    const limit = Math.sqrt(6 / (inputSize + units));
    const weights = new Float32Array(inputSize * units);
    for (let k = 0; k < weights.length; k++) weights[k] = (random() * 2 - 1) * limit;
    layers.push({ inputSize, units, weights, biases: new Float32Array(units) });
  }
  return layers;
}
