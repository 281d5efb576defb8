/**
 * The k-th smallest (0-based) of `values` by quickselect, in O(n) on average. Reorders `values` so
 * that everything before k is no larger and everything after k no smaller.
 */
export function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const pivot = medianOfThree(
      values[left] as number,
      values[(left + right) >> 1] as number,
      values[right] as number,
    );
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const held = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = held;
      }
    }
    // Now [left, j] <= pivot <= [i, right], and entries between j and i equal the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}

/** Smallest of `values` from index `from` on. */
export function minimumFrom(values: Float64Array, from: number): number {
  let smallest = Infinity;
  for (let i = from; i < values.length; i++) smallest = Math.min(smallest, values[i] as number);
  return smallest;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
