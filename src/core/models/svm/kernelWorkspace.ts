import { PAGE_BYTES, wasmApi, compiledOnce, type WasmMemory } from '../../wasm/wasmRuntime';
import { cacheRowLimit, type CacheArray, type CachePrecision, type RowFiller } from './kernelCache';
import { kernelRowFiller, type KernelRows } from './kernelFunctions';
import { fractionPowers, octavePowers } from './expNonPositive';
import { FRACTIONS_AT, OCTAVES_AT } from './kernelRowExp';
import {
  DOT_ROW,
  kernelRowModule,
  LINEAR_ROW,
  NEG_GAMMA_AT,
  RBF_ROW,
  SPARE_COLUMNS,
} from './kernelRowModule';
import type { KernelParams } from './svmTypes';

/** What one fit's kernel cache runs on. */
export interface FitStorage {
  /** Fills kernel rows; through the WebAssembly kernel for rows cut from `slab` when `simd`. */
  readonly fill: RowFiller;
  /** Room for the fit's cache rows: cacheRowLimit(rows, budget, precision) rows of `rows`. */
  readonly slab: CacheArray;
  readonly simd: boolean;
}

/**
 * Storage shared by the fits of one training (the final fit, Platt's folds, every class pair):
 * one slab for the cache rows, allocated by the first fit and reused by the next (each fit's
 * cache overwrites the previous one's rows), so the pages are faulted in once per training.
 */
export interface KernelWorkspace {
  /** Storage for the next fit; whatever the previous fit stored is overwritten. */
  prepareFit(
    params: KernelParams,
    data: KernelRows,
    cacheBytes: number,
    precision: CachePrecision,
  ): FitStorage;
  /** Whether a fit so far filled its kernel rows with the WebAssembly SIMD kernel. */
  usedSimd(): boolean;
}

type RowFunction = (...addresses: [number, number, number, number, number, number, number]) => void;

const compiledRowModule = compiledOnce(kernelRowModule);
const align16 = (bytes: number) => Math.ceil(bytes / 16) * 16;

/**
 * Bytes for a slab that the later fits of the training can reuse: a fit's rows within the budget
 * take at most the whole budget, so a cache held down by it gets the whole budget at once.
 */
function slabBytes(rows: number, cacheBytes: number, precision: CachePrecision): number {
  const valueBytes = precision === 'float32' ? 4 : 8;
  const needed = cacheRowLimit(rows, cacheBytes, precision) * rows * valueBytes;
  return Math.max(needed, Math.min(Math.ceil(cacheBytes), rows * rows * valueBytes));
}

function slabOver(
  buffer: ArrayBuffer,
  at: number,
  rows: number,
  limit: number,
  precision: CachePrecision,
) {
  const length = limit * rows;
  return precision === 'float32'
    ? new Float32Array(buffer, at, length)
    : new Float64Array(buffer, at, length);
}

/** The JavaScript pool: one ArrayBuffer, replaced only when a fit needs more. */
function plainWorkspace(): KernelWorkspace {
  let buffer = new ArrayBuffer(0);
  return {
    prepareFit(params, data, cacheBytes, precision) {
      const bytes = slabBytes(data.rows, cacheBytes, precision);
      if (buffer.byteLength < bytes) buffer = new ArrayBuffer(bytes);
      const limit = cacheRowLimit(data.rows, cacheBytes, precision);
      const slab = slabOver(buffer, 0, data.rows, limit, precision);
      return { fill: kernelRowFiller(params, data), slab, simd: false };
    },
    usedSimd: () => false,
  };
}

/** Where one fit's arrays sit in the memory (byte addresses); the tables sit below `x`. */
function fitLayout(data: KernelRows, cacheBytes: number) {
  const x = align16(OCTAVES_AT + octavePowers.length * 8);
  const norms = x + align16(data.x.length * 8);
  const columns = norms + align16(data.rows * 8);
  // Spare entries: the kernel reads columns past the count and writes dot products past it.
  const dots = columns + align16((data.rows + SPARE_COLUMNS) * 4);
  const slab = dots + align16((data.rows + SPARE_COLUMNS) * 8);
  return { x, norms, columns, dots, slab, end: slab + slabBytes(data.rows, cacheBytes, 'float32') };
}

/** The pool in one WebAssembly memory, with the SIMD kernel filling float32 rows in it. */
function wasmWorkspace(module: object): KernelWorkspace {
  const plain = plainWorkspace();
  let memory: WasmMemory | null = null;
  let exports: Record<string, unknown> = {};
  let simdFits = 0;
  const ensure = (bytes: number): WasmMemory => {
    const pages = Math.ceil(bytes / PAGE_BYTES);
    if (memory === null) {
      const wasm = wasmApi()!;
      memory = new wasm.Memory({ initial: pages });
      exports = new wasm.Instance(module, { env: { memory } }).exports;
      new Float64Array(memory.buffer, FRACTIONS_AT, fractionPowers.length).set(fractionPowers);
      new Float64Array(memory.buffer, OCTAVES_AT, octavePowers.length).set(octavePowers);
    }
    const have = memory.buffer.byteLength / PAGE_BYTES;
    if (pages > have) memory.grow(pages - have);
    return memory;
  };
  return {
    prepareFit(params, data, cacheBytes, precision) {
      if (precision !== 'float32') return plain.prepareFit(params, data, cacheBytes, precision);
      const layout = fitLayout(data, cacheBytes);
      let buffer: ArrayBuffer;
      try {
        buffer = ensure(layout.end).buffer;
      } catch {
        // A memory the engine will not grant: plain arrays may still fit.
        return plain.prepareFit(params, data, cacheBytes, precision);
      }
      const name =
        params.kind === 'rbf' ? RBF_ROW : params.kind === 'linear' ? LINEAR_ROW : DOT_ROW;
      const kernel = exports[name] as RowFunction;
      new Float64Array(buffer, layout.x, data.x.length).set(data.x);
      new Float64Array(buffer, layout.norms, data.rows).set(data.squaredNorms);
      new Float64Array(buffer, NEG_GAMMA_AT, 1)[0] = -params.gamma;
      const limit = cacheRowLimit(data.rows, cacheBytes, 'float32');
      const slab = slabOver(buffer, layout.slab, data.rows, limit, 'float32');
      const fill = wasmFiller(params, data, kernel, buffer, layout);
      simdFits += 1;
      return { fill, slab, simd: true };
    },
    usedSimd: () => simdFits > 0,
  };
}

/** Rows in the memory through the kernel (poly's power in JavaScript); others in JavaScript. */
function wasmFiller(
  params: KernelParams,
  data: KernelRows,
  kernel: RowFunction,
  buffer: ArrayBuffer,
  layout: ReturnType<typeof fitLayout>,
): RowFiller {
  const jsFill = kernelRowFiller(params, data);
  const columnsView = new Int32Array(buffer, layout.columns, data.rows + SPARE_COLUMNS);
  const dots = new Float64Array(buffer, layout.dots, data.rows + SPARE_COLUMNS);
  const { gamma, coef0, degree } = params;
  const poly = params.kind === 'poly';
  return (row, columns, count, out) => {
    if (out.buffer !== buffer || out.BYTES_PER_ELEMENT !== 4) {
      jsFill(row, columns, count, out);
      return;
    }
    columnsView.set(count === columns.length ? columns : columns.subarray(0, count));
    const target = poly ? layout.dots : out.byteOffset;
    kernel(layout.x, layout.norms, data.cols, row, layout.columns, count, target);
    if (!poly) return;
    // The same expression as fillKernelRow's, on the kernel's dot products.
    for (let k = 0; k < count; k++) out[columns[k]!] = (gamma * dots[k]! + coef0) ** degree;
  };
}

/**
 * A workspace for one training: in WebAssembly memory with the SIMD row kernel where it compiles
 * (and `simd` is not false), else plain arrays and the JavaScript fill.
 */
export function createKernelWorkspace(simd = true): KernelWorkspace {
  const module = simd ? compiledRowModule() : null;
  return module === null ? plainWorkspace() : wasmWorkspace(module);
}
