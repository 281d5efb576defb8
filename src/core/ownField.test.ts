import { describe, expect, it } from 'vitest';
import { ownField } from './ownField';

describe('ownField', () => {
  it('reads an own property', () => {
    expect(ownField({ backend: 'wasm' }, 'backend')).toBe('wasm');
  });

  it('never reads an inherited one', () => {
    expect(ownField({}, 'constructor')).toBeUndefined();
    expect(ownField({}, 'toString')).toBeUndefined();
    expect(ownField(Object.create({ backend: 'webgl' }), 'backend')).toBeUndefined();
  });

  it('gives undefined for what is not an object', () => {
    for (const owner of [null, undefined, 'backend', 3]) {
      expect(ownField(owner, 'backend')).toBeUndefined();
    }
  });
});
