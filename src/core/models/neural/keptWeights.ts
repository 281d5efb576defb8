import * as tf from '@tensorflow/tfjs-core';

/** Copies of every variable at the best epoch so far (trainMlp tracks which epoch that was). */
export interface KeptWeights {
  readonly copies: readonly tf.Tensor[];
}

/** Copies the variables' current values, disposing the copies they replace. */
export function keepWeights(
  previous: KeptWeights | null,
  variables: readonly tf.Variable[],
): KeptWeights {
  const copies = variables.map((variable) => tf.clone(variable));
  disposeKept(previous);
  return { copies };
}

/** Writes the kept values back into the variables. */
export function restoreWeights(kept: KeptWeights, variables: readonly tf.Variable[]): void {
  variables.forEach((variable, index) => {
    const copy = kept.copies[index];
    if (copy !== undefined) variable.assign(copy);
  });
}

/** Frees the copies (safe on null). */
export function disposeKept(kept: KeptWeights | null): void {
  if (kept !== null) tf.dispose([...kept.copies]);
}
