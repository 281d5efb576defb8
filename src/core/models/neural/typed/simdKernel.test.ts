import { describe, expect, it } from 'vitest';
import { simdProductModule } from './simdKernel';

interface Validator {
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as unknown as { WebAssembly: Validator }).WebAssembly;

describe('SIMD product kernel', () => {
  it('emits a valid module small enough for synchronous compilation', () => {
    const bytes = simdProductModule();
    expect(wasm.validate(bytes)).toBe(true);
    expect(bytes.length).toBeLessThan(4096);
  });
});
