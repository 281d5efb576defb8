import { cellShape } from './cellShape';
import type { CellShape } from './cellShape';

/** Share of a column's non-empty data cells that must agree for the column to count as typed. */
const TYPED_COLUMN_SHARE = 0.8;

/**
 * Whether the first record names the columns. A column whose data cells share one shape (say
 * numbers) votes "header" when its first cell is text and "data" when it has that shape too.
 * Without typed columns: a header, unless a first-row cell reappears among its column's values.
 */
export function guessHasHeader(
  records: readonly (readonly string[])[],
  decimal: '.' | ',',
): boolean {
  const [first, ...data] = records;
  if (first === undefined) return true;
  const firstShapes = first.map((cell) => cellShape(cell, decimal));
  if (data.length === 0) return firstShapes.some((shape) => shape === 'text');
  let headerVotes = 0;
  let dataVotes = 0;
  first.forEach((_, column) => {
    const dominant = dominantShape(
      data.map((record) => record[column] ?? ''),
      decimal,
    );
    const head = firstShapes[column];
    if (dominant === null || head === 'empty') return;
    if (head === dominant) dataVotes++;
    else if (head === 'text') headerVotes++;
  });
  if (headerVotes !== dataVotes) return headerVotes > dataVotes;
  if (headerVotes > 0) return true;
  return namesDifferFromValues(first, data);
}

/** The shape most data cells share, when it is not plain text and enough of them share it. */
function dominantShape(cells: readonly string[], decimal: '.' | ','): CellShape | null {
  const counts = new Map<CellShape, number>();
  let filled = 0;
  for (const cell of cells) {
    const shape = cellShape(cell, decimal);
    if (shape === 'empty') continue;
    filled++;
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  for (const [shape, count] of counts) {
    if (shape !== 'text' && count >= filled * TYPED_COLUMN_SHARE) return shape;
  }
  return null;
}

/** Header names are distinct, filled in, and not repeated as values below them. */
function namesDifferFromValues(
  first: readonly string[],
  data: readonly (readonly string[])[],
): boolean {
  const names = first.map((cell) => cell.trim());
  if (names.some((name) => name === '') || new Set(names).size !== names.length) return false;
  return names.every((name, column) => data.every((record) => record[column]?.trim() !== name));
}
