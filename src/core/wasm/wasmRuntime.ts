// The WebAssembly API as core uses it: core's lib has no DOM or WebAssembly typings, so the few
// constructors it calls are typed by hand here.

/** A linear memory: its bytes, and growth by pages of 64 KiB (which replaces `buffer`). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

export interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Memory: new (descriptor: { initial: number }) => WasmMemory;
  readonly Instance: new (
    module: object,
    imports: { env: { memory: WasmMemory } },
  ) => { readonly exports: Record<string, unknown> };
}

/** Bytes per page of a WebAssembly memory. */
export const PAGE_BYTES = 65536;

/** The WebAssembly global, where there is one. */
export function wasmApi(): WasmApi | undefined {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
}

/**
 * A compiler that compiles `emit()`'s module once, synchronously (small modules compile on any
 * thread), and then returns it; null where WebAssembly or what the module uses (SIMD) is missing.
 */
export function compiledOnce(emit: () => Uint8Array): () => object | null {
  let compiled: object | null | undefined;
  return () => {
    const wasm = wasmApi();
    if (wasm === undefined) return null;
    if (compiled !== undefined) return compiled;
    try {
      compiled = new wasm.Module(emit());
    } catch {
      compiled = null;
    }
    return compiled;
  };
}
