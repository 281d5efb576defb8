import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerBackends, WASM_FILE_NAMES } from './registerBackends';

describe('registerBackends', () => {
  it('registers wasm and cpu under Node (webgl and webgpu need a browser)', () => {
    expect(registerBackends('https://example.test/tfjs/')).toEqual(['wasm', 'cpu']);
  });

  it('names wasm files that the installed tfjs-backend-wasm really ships', () => {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
    for (const file of WASM_FILE_NAMES) expect(existsSync(join(dist, file))).toBe(true);
  });
});
