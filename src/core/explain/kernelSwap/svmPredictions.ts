import type { Predictions } from '../../models/modelTypes';
import type { FittedSvm } from '../../models/svm/plugin';
import { predictKernelClasses } from '../../models/svm/predictSvm';
import type { KernelSvmModel } from '../../models/svm/svmTypes';

/**
 * Kernel SVM predictions from its decision values (rows x machines), as predictFittedSvm maps
 * them: regression values back on the target scale; classes by vote with probabilities when asked.
 */
export function kernelPredictions(
  model: KernelSvmModel & Pick<FittedSvm, 'targetScale'>,
  decisions: Float64Array,
  probabilities: boolean,
): Predictions {
  if (model.task === 'regression') {
    const scale = model.targetScale;
    const values = scale ? decisions.map((value) => value * scale.std + scale.mean) : decisions;
    return { values, probabilities: null };
  }
  const columns = Math.max(1, model.pairs.length);
  return predictKernelClasses(model, { values: decisions, columns }, probabilities);
}
