import type { Column } from '../table';

/**
 * The number each level of a column read as numbers was written from, when every level is
 * exactly `String(number)` of a value in a row holding that level's code; null otherwise. Such
 * levels (an ID column's) can cross threads as 8 bytes each and be written again on arrival,
 * which costs less than encoding and decoding them as text.
 */
export function numbersBehindLevels(column: Column): Float64Array | null {
  const { raw, codes, levels } = column;
  if (raw.kind !== 'numbers' || codes === null || levels === null) return null;
  const values = raw.values;
  if (values.length < codes.length) return null;
  const numbers = new Float64Array(levels.length);
  const found = new Uint8Array(levels.length);
  let foundCount = 0;
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row]!;
    if (code < 0 || found[code] === 1) continue;
    const value = values[row]!;
    if (String(value) !== levels[code]) return null;
    numbers[code] = value;
    found[code] = 1;
    foundCount++;
  }
  return foundCount === levels.length ? numbers : null;
}

/** The levels back from their numbers. */
export function levelsFromNumbers(numbers: Float64Array): string[] {
  // A plain loop: Array.from with a mapping function took 2-4x as long over a typed array.
  const levels = new Array<string>(numbers.length);
  for (let i = 0; i < numbers.length; i++) levels[i] = String(numbers[i]);
  return levels;
}
