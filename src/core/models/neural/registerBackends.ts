import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { BACKEND_FALLBACK_ORDER, type BackendName } from './backends';

/** The files tfjs-backend-wasm fetches (which one depends on SIMD and cross-origin isolation). */
export const WASM_FILE_NAMES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
] as const;
export type WasmFileName = (typeof WASM_FILE_NAMES)[number];

/** A base URL serving all three files, or one URL per file (e.g. from Vite `?url` imports). */
export type WasmLocation = string | Readonly<Record<WasmFileName, string>>;

/**
 * Registers every tfjs backend this build ships (importing this module registers cpu, webgl and,
 * where navigator.gpu exists, webgpu) and tells the wasm backend where its files are. Returns the
 * backends now registered. Call once per worker, before selecting a backend; wasm fetches its
 * file only when first activated. tfjs's gradient registry is not loaded: training writes its
 * gradients out (batchGradient.ts).
 */
export function registerBackends(wasm: WasmLocation): BackendName[] {
  setWasmPaths(typeof wasm !== 'string' || wasm.endsWith('/') ? wasm : `${wasm}/`);
  return BACKEND_FALLBACK_ORDER.filter((name) => tf.findBackendFactory(name) != null);
}
