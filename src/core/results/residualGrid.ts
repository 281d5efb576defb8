import type { ResidualColumns } from './residualColumns';

/** Split parts are 0, 1, 2; rows with any other part value are never sampled. */
export const PART_COUNT = 3;
const MAX_SIDE = 32;

interface Axis {
  readonly from: number;
  readonly to: number;
}

/**
 * Range of `values` over the rows not yet taken. The extremes are taken before sampling, so a
 * few wild values do not stretch the grid; what is left spans the cells.
 */
function openRange(values: Float64Array, taken: Uint8Array): Axis {
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (taken[i]) continue;
    const value = values[i] as number;
    if (value < from) from = value;
    if (value > to) to = value;
  }
  return { from, to };
}

function cellIndex(value: number, axis: Axis, side: number): number {
  if (!(axis.to > axis.from)) return 0;
  const cell = Math.floor(((value - axis.from) / (axis.to - axis.from)) * side);
  return cell < 0 ? 0 : cell >= side ? side - 1 : cell;
}

/** Cells of one part's grid: `side` x `side` over (predicted, residual), numbered from `base`. */
export interface PartGrid {
  readonly base: number;
  readonly side: number;
}

/** A grid per part, finer for parts with a bigger quota (at most two picks a cell on average). */
export function partGrids(partQuotas: Int32Array): PartGrid[] {
  let base = 0;
  return Array.from(partQuotas, (quota) => {
    const side = Math.min(MAX_SIDE, Math.max(1, Math.floor(Math.sqrt(quota / 2))));
    const grid = { base, side };
    base += side * side;
    return grid;
  });
}

/** Rows grouped by grid cell: members[starts[c]..starts[c + 1]) in row order. */
export interface CellMembers {
  readonly starts: Int32Array;
  readonly members: Int32Array;
}

/** Counting sort of the rows not yet `taken` into the cells of their part's grid. */
export function rowsByCell(
  columns: ResidualColumns,
  taken: Uint8Array,
  grids: readonly PartGrid[],
): CellMembers {
  const n = columns.residual.length;
  const x = openRange(columns.predicted, taken);
  const y = openRange(columns.residual, taken);
  const last = grids[grids.length - 1];
  const cellTotal = last ? last.base + last.side * last.side : 0;
  const cellOf = new Int32Array(n).fill(-1);
  const starts = new Int32Array(cellTotal + 1);
  for (let i = 0; i < n; i++) {
    const grid = grids[columns.part[i] as number];
    if (taken[i] || !grid) continue;
    const column = cellIndex(columns.predicted[i] as number, x, grid.side);
    const cell =
      grid.base + column * grid.side + cellIndex(columns.residual[i] as number, y, grid.side);
    cellOf[i] = cell;
    starts[cell + 1]! += 1;
  }
  for (let c = 0; c < cellTotal; c++) starts[c + 1]! += starts[c] as number;
  const next = starts.slice(0, cellTotal);
  const members = new Int32Array(starts[cellTotal] as number);
  for (let i = 0; i < n; i++) {
    const cell = cellOf[i] as number;
    if (cell >= 0) members[next[cell]!++] = i;
  }
  return { starts, members };
}
