import { allocateQuotas } from './allocateQuotas';
import { identityOrder } from './argsort';
import { extremeRows } from './extremeRows';
import type { ResidualColumns } from './residualColumns';
import { PART_COUNT, partGrids, rowsByCell, type CellMembers } from './residualGrid';

export const DEFAULT_MAX_POINTS = 2000;
/** Share of the budget for the largest |residual| rows, which are always drawn. */
const EXTREME_SHARE = 0.02;
/** Each split part gets at least this share of the budget (or all its rows). */
const PART_FLOOR_SHARE = 0.05;
/** Cell quotas grow with the square root of the cell's count: dense stays denser, sparse shows. */
const CELL_EXPONENT = 0.5;

/** Marks `quota` rows of one cell, evenly spaced through the cell's rows (in row order). */
function takeEvenly(cells: CellMembers, cell: number, quota: number, taken: Uint8Array): void {
  const start = cells.starts[cell] as number;
  const count = (cells.starts[cell + 1] as number) - start;
  for (let j = 0; j < quota; j++) {
    taken[cells.members[start + Math.floor(((j + 0.5) * count) / quota)] as number] = 1;
  }
}

/** Spends `budget` on rows not yet taken: split among parts, then among each part's grid cells. */
function sampleByGrid(columns: ResidualColumns, taken: Uint8Array, budget: number): void {
  if (budget <= 0) return;
  const partCounts = new Int32Array(PART_COUNT);
  for (let i = 0; i < taken.length; i++) {
    const part = columns.part[i] as number;
    if (!taken[i] && part < PART_COUNT) partCounts[part]! += 1;
  }
  const partQuotas = allocateQuotas(partCounts, budget, 1, Math.ceil(budget * PART_FLOOR_SHARE));
  const grids = partGrids(partQuotas);
  const cells = rowsByCell(columns, taken, grids);
  grids.forEach((grid, part) => {
    const cellCount = grid.side * grid.side;
    const counts = new Int32Array(cellCount);
    for (let c = 0; c < cellCount; c++) {
      const cell = grid.base + c;
      counts[c] = (cells.starts[cell + 1] as number) - (cells.starts[cell] as number);
    }
    const quotas = allocateQuotas(counts, partQuotas[part] as number, CELL_EXPONENT, 1);
    quotas.forEach((quota, c) => takeEvenly(cells, grid.base + c, quota, taken));
  });
}

/**
 * Rows to draw in the residual charts, ascending, at most `maxPoints` (all when there are that
 * few). Always keeps the largest |residual| rows (2% of the budget) and the min/max of actual,
 * predicted and residual; the rest is spread over each split part's grid of (predicted,
 * residual) cells so dense regions stay dense and sparse ones stay visible. Deterministic.
 */
export function downsampleResidualRows(
  columns: ResidualColumns,
  maxPoints: number = DEFAULT_MAX_POINTS,
): Int32Array {
  const n = columns.residual.length;
  const budget = Math.max(0, Math.floor(maxPoints));
  if (n <= budget) return identityOrder(n);
  const largest = Math.max(1, Math.round(budget * EXTREME_SHARE));
  const kept = extremeRows(columns, largest).slice(0, budget);
  const taken = new Uint8Array(n);
  for (const index of kept) taken[index] = 1;
  sampleByGrid(columns, taken, budget - kept.length);
  let count = 0;
  for (let i = 0; i < n; i++) count += taken[i] as number;
  const rows = new Int32Array(count);
  for (let i = 0, j = 0; i < n; i++) if (taken[i]) rows[j++] = i;
  return rows;
}
