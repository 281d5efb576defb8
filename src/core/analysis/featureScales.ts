import type { DataTable } from '../data/table';
import type { Pipeline } from '../prep/prepTypes';

/** Standard deviation of each numeric source column of the pipeline on `rows` (raw units). */
export function featureScales(
  table: DataTable,
  pipeline: Pipeline,
  rows: Int32Array,
): ReadonlyMap<string, number> {
  const scales = new Map<string, number>();
  for (const step of pipeline.steps) {
    if (step.kind !== 'numeric') continue;
    const values = table.columns.find((c) => c.name === step.column)?.values;
    if (!values) continue;
    let count = 0;
    let mean = 0;
    let squares = 0;
    for (const row of rows) {
      const x = values[row]!;
      if (!Number.isFinite(x)) continue;
      count += 1;
      const delta = x - mean;
      mean += delta / count;
      squares += delta * (x - mean);
    }
    if (count > 1) scales.set(step.column, Math.sqrt(squares / (count - 1)));
  }
  return scales;
}
