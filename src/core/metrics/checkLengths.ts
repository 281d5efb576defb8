/** Throws when paired arrays differ in length or are empty: a caller's mistake, not a data problem. */
export function checkPaired(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  if (actual.length !== predicted.length) {
    throw new Error(`${actual.length} actual values but ${predicted.length} predictions`);
  }
  if (actual.length === 0) throw new Error('metrics need at least one row');
  return actual.length;
}
