import { multiplyTransposed, transposeInto } from './denseProducts';
import { PRODUCT_BLOCKS, simdProductModule } from './simdKernel';
import { OUTER_BLOCKS } from './simdOuterKernel';
import { compiledOnce, PAGE_BYTES, wasmApi, type WasmApi } from '../../../wasm/wasmRuntime';

type KernelBlocks = (a: number, b: number, c: number, m: number, n: number, k: number) => void;

/**
 * The kernel module, compiled once (under 4 KiB, so browsers compile it synchronously even on the
 * main thread); null where WebAssembly or its SIMD is missing.
 */
const simdModule = compiledOnce(simdProductModule);

/** Float64 buffers for one training run, and C = A B^T over them. */
export interface ProductArena {
  /** True when the products run in the WebAssembly SIMD kernel. */
  readonly simd: boolean;
  /** A zero-filled buffer of `length` values, from the arena's memory. */
  allocate(length: number): Float64Array;
  /** c (m x n) = a (m x k) times the transpose of b (n x k), as denseProducts' multiplyTransposed. */
  multiplyTransposed(
    a: Float64Array,
    b: Float64Array,
    c: Float64Array,
    m: number,
    n: number,
    k: number,
  ): void;
  /** c (m x n) = the transpose of a (rows x m) times b (rows x n): a kernel's gradient. */
  multiplyTransposedLeft(
    a: Float64Array,
    b: Float64Array,
    c: Float64Array,
    m: number,
    n: number,
    rows: number,
  ): void;
}

/** Outputs of a b^T outside the kernel's 2 x 4 blocks, one dot product each. */
function edgeProducts(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  m: number,
  n: number,
  k: number,
): void {
  const blockRows = m - (m % 2);
  const blockCols = n - (n % 4);
  for (let row = 0; row < m; row++) {
    const a0 = row * k;
    for (let col = row < blockRows ? blockCols : 0; col < n; col++) {
      const b0 = col * k;
      let sum = 0;
      for (let i = 0; i < k; i++) sum += (a[a0 + i] as number) * (b[b0 + i] as number);
      c[row * n + col] = sum;
    }
  }
}

/** a^T b in JavaScript: both transposed into scratch, then one A B^T product. */
function transposedLeftInJs(): ProductArena['multiplyTransposedLeft'] {
  let scratch = new Float64Array(0);
  return (a, b, c, m, n, rows) => {
    if (scratch.length < (m + n) * rows) scratch = new Float64Array((m + n) * rows);
    const left = scratch.subarray(0, m * rows);
    const right = scratch.subarray(m * rows, (m + n) * rows);
    transposeInto(a, rows, m, left);
    transposeInto(b, rows, n, right);
    multiplyTransposed(left, right, c, m, n, rows);
  };
}

/** An arena of plain Float64Arrays, with the JavaScript products. */
function plainArena(): ProductArena {
  return {
    simd: false,
    allocate: (length) => new Float64Array(length),
    multiplyTransposed,
    multiplyTransposedLeft: transposedLeftInJs(),
  };
}

/** Outputs of a^T b outside the kernel's 4 x 4 blocks, one sum over the rows each. */
function leftEdges(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  m: number,
  n: number,
  rows: number,
): void {
  const blockRows = m - (m % 4);
  const blockCols = n - (n % 4);
  for (let i = 0; i < m; i++) {
    for (let j = i < blockRows ? blockCols : 0; j < n; j++) {
      let sum = 0;
      for (let r = 0; r < rows; r++) sum += (a[r * m + i] as number) * (b[r * n + j] as number);
      c[i * n + j] = sum;
    }
  }
}

/** An arena in one WebAssembly memory; products of arrays outside it fall back to JavaScript. */
function simdArena(module: object, wasm: WasmApi, totalLength: number): ProductArena {
  // Every buffer starts 16-byte aligned, so v128 loads of row pairs never straddle buffers.
  const pages = Math.max(1, Math.ceil((totalLength * 8 + PAGE_BYTES) / PAGE_BYTES));
  const memory = new wasm.Memory({ initial: pages });
  const instance = new wasm.Instance(module, { env: { memory } });
  const blocks = instance.exports[PRODUCT_BLOCKS] as KernelBlocks;
  const outerBlocks = instance.exports[OUTER_BLOCKS] as KernelBlocks;
  const inMemory = (a: Float64Array, b: Float64Array, c: Float64Array) =>
    a.buffer === memory.buffer && b.buffer === memory.buffer && c.buffer === memory.buffer;
  const leftInJs = transposedLeftInJs();
  let used = 0;
  return {
    simd: true,
    allocate: (length) => {
      const view = new Float64Array(memory.buffer, used, length);
      used += Math.ceil(length / 2) * 16;
      return view;
    },
    multiplyTransposed: (a, b, c, m, n, k) => {
      if (!inMemory(a, b, c)) {
        multiplyTransposed(a, b, c, m, n, k);
        return;
      }
      blocks(a.byteOffset, b.byteOffset, c.byteOffset, m, n, k);
      edgeProducts(a, b, c, m, n, k);
    },
    multiplyTransposedLeft: (a, b, c, m, n, rows) => {
      if (!inMemory(a, b, c)) {
        leftInJs(a, b, c, m, n, rows);
        return;
      }
      outerBlocks(a.byteOffset, b.byteOffset, c.byteOffset, m, n, rows);
      leftEdges(a, b, c, m, n, rows);
    },
  };
}

/**
 * An arena for up to `totalLength` float64 values: in WebAssembly memory with the SIMD kernel
 * where it compiles (and `simd` is not false), else plain arrays and the JavaScript products.
 */
export function createProductArena(totalLength: number, simd = true): ProductArena {
  const module = simd ? simdModule() : null;
  const wasm = wasmApi();
  if (module === null || wasm === undefined) return plainArena();
  try {
    return simdArena(module, wasm, totalLength);
  } catch {
    // A memory the engine will not grant (too large for it): plain arrays may still fit.
    return plainArena();
  }
}
