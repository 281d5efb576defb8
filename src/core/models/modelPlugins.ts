import { linearPlugin } from './linear/plugin';
import type { ModelKind, ModelOptionValues, ModelPlugin } from './modelTypes';
import { neuralPlugin } from './neural/plugin';
import { svmPlugin } from './svm/plugin';

export type AnyModelPlugin = ModelPlugin<ModelOptionValues, unknown>;

/**
 * The training registry (workers only: the neural plug-in brings tfjs). A plug-in's options type
 * is wider here; the caller always passes its meta's defaults merged with the user's choices.
 */
export function pluginOf(kind: ModelKind): AnyModelPlugin {
  switch (kind) {
    case 'linear':
      return linearPlugin as unknown as AnyModelPlugin;
    case 'svm':
      return svmPlugin as unknown as AnyModelPlugin;
    case 'neural':
      return neuralPlugin as unknown as AnyModelPlugin;
  }
}
