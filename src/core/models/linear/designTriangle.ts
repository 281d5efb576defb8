import { commitQrRow, createRowBlockQr, finishRowBlockQr } from '../../stats/rowBlockQr';
import type { TrainingSet } from '../modelTypes';
import type { FeatureScaling } from './featureScaling';

/**
 * R factor of the design [1, z_kept..., y − yCenter] with z = (x − center) / scale, streamed in
 * row blocks so that 1e6 × 20 designs never need a second n × p copy. Size (kept + 2)².
 */
export function designTriangle(
  data: TrainingSet,
  scaling: FeatureScaling,
  kept: readonly number[],
  yCenter: number,
): Float64Array {
  const { x, y, rows, cols } = data;
  const width = kept.length + 2;
  const qr = createRowBlockQr(width);
  const { block, blockRows } = qr;
  const centers = Float64Array.from(kept, (column) => scaling.center[column]!);
  const inverseScales = Float64Array.from(kept, (column) => 1 / scaling.scale[column]!);
  const columns = Int32Array.from(kept);
  const responseStart = (width - 1) * blockRows;
  for (let i = 0; i < rows; i += 1) {
    const offset = i * cols;
    const slot = qr.pending;
    block[slot] = 1;
    for (let j = 0; j < columns.length; j += 1) {
      block[(j + 1) * blockRows + slot] =
        (x[offset + columns[j]!]! - centers[j]!) * inverseScales[j]!;
    }
    block[responseStart + slot] = y[i]! - yCenter;
    commitQrRow(qr);
  }
  return finishRowBlockQr(qr);
}
