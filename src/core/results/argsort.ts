const DIGIT_BITS = 16;
const RADIX = 1 << DIGIT_BITS;
const DIGIT_MASK = RADIX - 1;
const PASSES = 4;
/** Below this many values a comparison sort beats four passes over 65,536 buckets. */
const SMALL = 2048;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;

interface SortKeys {
  readonly high: Uint32Array;
  readonly low: Uint32Array;
}

/**
 * Unsigned 64-bit keys (as high/low words) whose order is the numeric order of the doubles:
 * negatives have all bits flipped, the rest only the sign bit. -0 counts as 0 and every NaN
 * as one value above +Infinity; descending flips every bit again.
 */
function sortKeys(values: Float64Array, descending: boolean): SortKeys {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  const flip = descending ? 0xffffffff : 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    let hi = words[2 * i + HIGH_WORD] as number;
    let lo = words[2 * i + LOW_WORD] as number;
    if (value === 0) {
      hi = 0x80000000;
      lo = 0;
    } else if (value !== value) {
      hi = 0xffffffff;
      lo = 0xffffffff;
    } else if (hi & 0x80000000) {
      hi = ~hi;
      lo = ~lo;
    } else {
      hi ^= 0x80000000;
    }
    high[i] = (hi ^ flip) >>> 0;
    low[i] = (lo ^ flip) >>> 0;
  }
  return { high, low };
}

function comparisonOrder({ high, low }: SortKeys): Int32Array {
  const order = identityOrder(high.length);
  // Index as the last key keeps equal values in input order, as the radix passes do.
  return order.sort(
    (a, b) =>
      (high[a] as number) - (high[b] as number) || (low[a] as number) - (low[b] as number) || a - b,
  );
}

/** The 16-bit digit of `pass` (0 = least significant) for every key, counted in one sweep. */
function digitCounts({ high, low }: SortKeys): Int32Array {
  const counts = new Int32Array(PASSES * RADIX);
  for (let i = 0; i < high.length; i++) {
    const lo = low[i] as number;
    const hi = high[i] as number;
    counts[lo & DIGIT_MASK]! += 1;
    counts[RADIX + (lo >>> DIGIT_BITS)]! += 1;
    counts[2 * RADIX + (hi & DIGIT_MASK)]! += 1;
    counts[3 * RADIX + (hi >>> DIGIT_BITS)]! += 1;
  }
  return counts;
}

function radixOrder(keys: SortKeys): Int32Array {
  const n = keys.high.length;
  const counts = digitCounts(keys);
  let order: Int32Array = identityOrder(n);
  let spare: Int32Array = new Int32Array(n);
  const starts = new Int32Array(RADIX);
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * RADIX;
    let running = 0;
    let singleDigit = false;
    for (let digit = 0; digit < RADIX; digit++) {
      const count = counts[base + digit] as number;
      if (count === n) singleDigit = true;
      starts[digit] = running;
      running += count;
    }
    // Every key shares this digit: the pass would not move anything.
    if (singleDigit) continue;
    const words = pass < 2 ? keys.low : keys.high;
    const shift = pass % 2 === 0 ? 0 : DIGIT_BITS;
    for (let i = 0; i < n; i++) {
      const index = order[i] as number;
      const digit = ((words[index] as number) >>> shift) & DIGIT_MASK;
      spare[starts[digit]!++] = index;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

/** 0..n-1. */
export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * Indices that sort `values` (ascending, or descending), stable: equal values keep their input
 * order. NaN sorts as the largest value. LSD radix sort on the bit patterns: O(n).
 */
export function argsort(values: Float64Array, descending = false): Int32Array {
  const keys = sortKeys(values, descending);
  return values.length < SMALL ? comparisonOrder(keys) : radixOrder(keys);
}
