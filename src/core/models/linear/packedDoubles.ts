/*
 * Plain arrays of unboxed doubles for hot loops. Once any ArrayBuffer has been transferred in a
 * thread (every worker that posts results does, and Node does when some modules load), V8 guards
 * each typed-array read against detached buffers: that made the cross-product kernel about 30%
 * slower. Plain arrays whose element kind is packed doubles are unaffected and otherwise as fast.
 */

/** A plain array of `length` zeros that V8 stores as packed, unboxed doubles. */
export function packedDoubles(length: number): number[] {
  const values: number[] = [];
  // A fractional first value makes the element kind double; filling keeps it packed.
  for (let k = 0; k < length; k += 1) values.push(0.5);
  return values.fill(0);
}

/** A copy of `values` as a packed-doubles array. */
export function doublesFrom(values: ArrayLike<number>): number[] {
  const doubles = packedDoubles(values.length);
  for (let k = 0; k < values.length; k += 1) doubles[k] = values[k]!;
  return doubles;
}
