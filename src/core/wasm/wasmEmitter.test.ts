import { describe, expect, it } from 'vitest';
import { emitModule, signedLeb, unsignedLeb } from './wasmEmitter';

interface Validator {
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as unknown as { WebAssembly: Validator }).WebAssembly;

describe('WebAssembly emitter', () => {
  it('writes LEB128 as the binary format specifies', () => {
    expect(unsignedLeb(0)).toEqual([0x00]);
    expect(unsignedLeb(127)).toEqual([0x7f]);
    expect(unsignedLeb(128)).toEqual([0x80, 0x01]);
    expect(unsignedLeb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(signedLeb(-1)).toEqual([0x7f]);
    expect(signedLeb(63)).toEqual([0x3f]);
    expect(signedLeb(64)).toEqual([0xc0, 0x00]);
    expect(signedLeb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });

  it('emits a module that starts with the magic number and validates', () => {
    const bytes = emitModule(1, [{ exportName: 'noop', parameters: 2, locals: [], code: [] }]);
    expect([...bytes.subarray(0, 8)]).toEqual([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    expect(wasm.validate(bytes)).toBe(true);
  });
});
