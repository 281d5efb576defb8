import { existsSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableFor, writeCsvFile } from '../scripts/customers/writeTableFiles';
import type { VariantName } from '../scripts/customers/syntheticTable';

const OUT_DIR = fileURLToPath(new URL('./out/', import.meta.url));

/** Rows per generated input: BENCH_ROWS, default one million. */
export function benchRows(): number {
  const requested = Number(process.env.BENCH_ROWS ?? 1_000_000);
  if (!Number.isInteger(requested) || requested < 1) {
    throw new Error(`BENCH_ROWS must be a positive whole number, got ${process.env.BENCH_ROWS}`);
  }
  return requested;
}

/** Path of a seeded generated CSV in bench/out, written once and reused by later runs. */
export function cachedCsv(variant: VariantName, rows: number, seed = 42): string {
  const path = `${OUT_DIR}${variant}-${rows}-seed${seed}.csv`;
  if (existsSync(path) && statSync(path).size > 0) return path;
  const started = performance.now();
  // Written under a temporary name so an interrupted run never leaves a half file in the cache.
  const partial = `${path}.partial`;
  writeCsvFile(tableFor(variant, seed), rows, partial);
  renameSync(partial, path);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`generated ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB) in ${seconds} s`);
  return path;
}
