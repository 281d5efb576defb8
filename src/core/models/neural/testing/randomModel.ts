import { seededRandom } from '../../../prep/split/seededRandom';
import type { TaskType } from '../../modelTypes';
import { neuralMeta } from '../meta';
import type { HiddenActivation, NeuralModel, OutputActivation } from '../neuralTypes';

/** An untrained network with random weights and biases, for comparing forward passes. */
export function randomModel(
  sizes: readonly number[],
  activation: HiddenActivation,
  output: OutputActivation,
  seed: number,
): NeuralModel {
  const random = seededRandom(seed);
  // float32-representable values, so tfjs holds exactly the weights the pure pass uses.
  const draw = (): number => Math.fround((random() * 2 - 1) * 1.2);
  const layers = sizes.slice(1).map((units, index) => {
    const inputSize = sizes[index] ?? 0;
    return {
      inputSize,
      units,
      activation: index === sizes.length - 2 ? output : activation,
      weights: Array.from({ length: inputSize * units }, draw),
      biases: Array.from({ length: units }, draw),
    };
  });
  const task: TaskType = output === 'linear' ? 'regression' : 'classification';
  const outputUnits = sizes[sizes.length - 1] ?? 1;
  return {
    format: 'sheetsense-mlp-v1',
    task,
    inputSize: sizes[0] ?? 0,
    layerSizes: [...sizes],
    layers,
    targetScale: task === 'regression' ? { mean: 0, std: 1 } : null,
    classCount: task === 'regression' ? null : Math.max(2, outputUnits),
    lossHistory: [],
    bestEpoch: 0,
    stopReason: 'completed',
    backend: 'none',
    options: { ...neuralMeta.defaults(task), activation },
    notices: [],
  };
}

/** `rows` x `cols` values in [-2, 2], float32-representable. */
export function randomInputs(rows: number, cols: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: rows * cols }, () => Math.fround((random() * 2 - 1) * 2));
}
