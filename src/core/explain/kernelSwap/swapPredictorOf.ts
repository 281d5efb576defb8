import type { ModelKind } from '../../models/modelTypes';
import type { FittedSvm } from '../../models/svm/plugin';
import { kernelSwapPredictor } from './kernelSwap';
import type { SwapPredictor } from './swapTypes';

/**
 * The column-swap predictor of a fitted model, or null where re-predicting whole rows is already
 * cheap (linear models, linear SVMs, networks) or the model has nothing to precompute.
 */
export function swapPredictorOf(kind: ModelKind, model: unknown): SwapPredictor | null {
  if (kind !== 'svm') return null;
  const svm = model as FittedSvm;
  return svm.solver === 'smo' ? kernelSwapPredictor(svm) : null;
}
