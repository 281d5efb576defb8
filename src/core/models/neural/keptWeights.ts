import * as tf from '@tensorflow/tfjs-core';

/** Copies of every variable at the best epoch so far, with the monitored loss it reached. */
export interface KeptWeights {
  readonly epoch: number;
  readonly score: number;
  readonly copies: readonly tf.Tensor[];
}

/** Whether an epoch with this monitored loss beats the kept one (lower is better). */
export function improves(kept: KeptWeights | null, score: number): boolean {
  return kept === null || score < kept.score;
}

/** Copies the variables' current values, disposing the copies they replace. */
export function keepWeights(
  previous: KeptWeights | null,
  epoch: number,
  score: number,
  variables: readonly tf.Variable[],
): KeptWeights {
  const copies = variables.map((variable) => tf.clone(variable));
  disposeKept(previous);
  return { epoch, score, copies };
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
