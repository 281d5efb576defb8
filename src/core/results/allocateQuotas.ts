const BISECTION_STEPS = 60;

function quotaAt(count: number, weight: number, scale: number, minimum: number): number {
  return Math.min(count, Math.max(minimum, Math.floor(scale * weight)));
}

function totalAt(counts: Int32Array, weights: Float64Array, scale: number, minimum: number) {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    total += quotaAt(counts[i] as number, weights[i] as number, scale, minimum);
  }
  return total;
}

/** Hands out what rounding down left over, one each, largest remainder first (ties: lower index). */
function spendLeftover(
  quotas: Int32Array,
  counts: Int32Array,
  remainders: Float64Array,
  leftover: number,
): void {
  const order = Array.from(counts, (_, i) => i).sort(
    (a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b,
  );
  while (leftover > 0) {
    let gave = false;
    for (const i of order) {
      if (leftover === 0) break;
      if ((quotas[i] as number) >= (counts[i] as number)) continue;
      quotas[i]! += 1;
      leftover--;
      gave = true;
    }
    if (!gave) return;
  }
}

/**
 * Splits a budget of picks among groups holding `counts` items: each group gets about
 * scale * count^exponent (exponent 1: proportional; 0.5: sparse groups get relatively more), at
 * least `minimum` (or all it has), never more than it has; the total is min(budget, sum of counts).
 */
export function allocateQuotas(
  counts: Int32Array,
  budget: number,
  exponent: number,
  minimum: number,
): Int32Array {
  let available = 0;
  for (const count of counts) available += count;
  if (available <= budget) return Int32Array.from(counts);
  const weights = Float64Array.from(counts, (count) => Math.pow(count, exponent));
  let floor = Math.max(0, Math.floor(minimum));
  if (totalAt(counts, weights, 0, floor) > budget) floor = 0;
  // The largest scale whose total fits: the total only grows with the scale.
  let low = 0;
  let high = 1;
  while (totalAt(counts, weights, high, floor) <= budget) high *= 2;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const middle = 0.5 * (low + high);
    if (totalAt(counts, weights, middle, floor) <= budget) low = middle;
    else high = middle;
  }
  const quotas = Int32Array.from(counts, (count, i) =>
    quotaAt(count, weights[i] as number, low, floor),
  );
  const remainders = Float64Array.from(
    weights,
    (weight) => low * weight - Math.floor(low * weight),
  );
  let given = 0;
  for (const quota of quotas) given += quota;
  spendLeftover(quotas, counts, remainders, budget - given);
  return quotas;
}
