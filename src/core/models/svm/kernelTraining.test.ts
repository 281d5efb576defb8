import { describe, expect, it } from 'vitest';
import { trainKernelClassifier, trainKernelRegressor } from './kernelTraining';
import { createKernelWorkspace } from './kernelWorkspace';
import { seededRandom } from './seededShuffle';
import type { KernelParams } from './svmTypes';

const rows = 240;
const cols = 5;
const random = seededRandom(21);
const x = Float64Array.from({ length: rows * cols }, () => 2 * random() - 1);
const at = (r: number, f: number) => x[r * cols + f]!;
const data = { x, rows, cols };
// Three overlapping classes and a noisy curved target: many support vectors, bounded and free.
const classes = Float64Array.from({ length: rows }, (_, r) =>
  at(r, 0) * at(r, 1) + 0.3 * random() > 0.1 ? 0 : at(r, 2) > 0 ? 1 : 2,
);
const target = Float64Array.from(
  { length: rows },
  (_, r) => at(r, 0) ** 2 - at(r, 3) + 0.1 * random(),
);

const settings = (simd: boolean, cacheBytes: number) => ({
  C: 1,
  tol: 1e-3,
  maxIterations: 100_000,
  shrinking: true,
  // Small budgets too, so rows are evicted and slab rows reused within and across fits.
  cacheBytes,
  precision: 'float32' as const,
  probability: true,
  seed: 5,
  workspace: createKernelWorkspace(simd),
});

describe('kernel training on a shared workspace', () => {
  for (const kind of ['rbf', 'linear', 'poly'] as const) {
    const params: KernelParams = { kind, gamma: 0.4, degree: 2, coef0: 1 };
    for (const cacheBytes of [1e6, 30 * rows * 4]) {
      it(`trains the same ${kind} models with the SIMD kernel as in JavaScript (${cacheBytes} B)`, () => {
        const classify = (simd: boolean) =>
          trainKernelClassifier(data, classes, 3, params, settings(simd, cacheBytes), () => {});
        const regress = (simd: boolean) =>
          trainKernelRegressor(data, target, 0.1, params, settings(simd, cacheBytes), () => {});
        // Bit for bit the same models; each names what computed its kernel rows.
        const { rowKernel: simdRows, ...classifier } = classify(true);
        const { rowKernel: plainRows, ...plainClassifier } = classify(false);
        expect([simdRows, plainRows]).toEqual(['wasm-simd', 'javascript']);
        expect(classifier.pairs).toHaveLength(3);
        expect(classifier.pairs.every((pair) => pair.sigmoid !== null)).toBe(true);
        expect(classifier).toEqual(plainClassifier);
        const { rowKernel: simdSvr, ...regressor } = regress(true);
        const { rowKernel: plainSvr, ...plainRegressor } = regress(false);
        expect([simdSvr, plainSvr]).toEqual(['wasm-simd', 'javascript']);
        expect(regressor.supportRows.length).toBeGreaterThan(20);
        expect(regressor).toEqual(plainRegressor);
      });
    }
  }
});
