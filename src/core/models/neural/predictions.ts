import type { Predictions } from '../modelTypes';
import type { NeuralModel } from './neuralTypes';

/**
 * Turns network outputs into Predictions: regression values as they are; a sigmoid output p
 * into [1 - p, p] per row; softmax rows as they are; values hold the most probable class.
 */
export function predictionsFromOutputs(model: NeuralModel, outputs: Float64Array): Predictions {
  if (model.task === 'regression') return { values: outputs, probabilities: null };
  const outputUnits = model.layerSizes[model.layerSizes.length - 1] ?? 1;
  const rows = outputs.length / outputUnits;
  if (outputUnits === 1) {
    const probabilities = new Float64Array(rows * 2);
    const values = new Float64Array(rows);
    for (let row = 0; row < rows; row++) {
      const p = outputs[row] as number;
      probabilities[row * 2] = 1 - p;
      probabilities[row * 2 + 1] = p;
      values[row] = p > 0.5 ? 1 : 0;
    }
    return { values, probabilities };
  }
  const values = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let best = 0;
    for (let j = 1; j < outputUnits; j++) {
      if (
        (outputs[row * outputUnits + j] as number) > (outputs[row * outputUnits + best] as number)
      ) {
        best = j;
      }
    }
    values[row] = best;
  }
  return { values, probabilities: outputs };
}
