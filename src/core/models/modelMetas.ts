import { linearMeta } from './linear/linearMeta';
import type { ModelKind, ModelMeta, ModelOptionValues } from './modelTypes';
import { neuralMeta } from './neural/meta';
import { svmMeta } from './svm/meta';

/** Every model kind, in the order the UI lists them. */
export const MODEL_KINDS: readonly ModelKind[] = ['linear', 'svm', 'neural'];

/** Meta only (labels, options, defaults): safe for the page bundle, pulls in no training code. */
export function metaOf(kind: ModelKind): ModelMeta<ModelOptionValues> {
  switch (kind) {
    case 'linear':
      return linearMeta as ModelMeta<ModelOptionValues>;
    case 'svm':
      return svmMeta as ModelMeta<ModelOptionValues>;
    case 'neural':
      return neuralMeta as ModelMeta<ModelOptionValues>;
  }
}
