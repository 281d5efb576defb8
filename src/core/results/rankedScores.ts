import { argsort } from './argsort';

/** One class's scores sorted descending, with whether each row is that class, in the same order. */
export interface RankedScores {
  readonly scores: Float64Array;
  readonly isPositive: Uint8Array;
  readonly positives: number;
}

/** Sorts scores descending (ties keep row order) and carries the labels along, in one pass. */
export function rankScores(scores: Float64Array, isPositive: Uint8Array): RankedScores {
  const order = argsort(scores, true);
  const ranked = new Float64Array(order.length);
  const flags = new Uint8Array(order.length);
  let positives = 0;
  for (let i = 0; i < order.length; i++) {
    const row = order[i] as number;
    ranked[i] = scores[row] as number;
    flags[i] = isPositive[row] as number;
    positives += flags[i] as number;
  }
  return { scores: ranked, isPositive: flags, positives };
}
