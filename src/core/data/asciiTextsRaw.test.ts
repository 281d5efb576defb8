import { describe, expect, it } from 'vitest';
import { asciiBytesBehind, rawWithAsciiDictionary } from './asciiTextsRaw';

const TEXTS = ['2024-01-05 10:00:00', '', '2024-02-29 23:59:59'];

function heldRaw() {
  const arena = new TextEncoder().encode(TEXTS.join(''));
  const offsets = Int32Array.from([0, 19, 19, 38]);
  let decodes = 0;
  const raw = rawWithAsciiDictionary(Int32Array.from([0, 1, 2, -1]), { arena, offsets }, () => {
    decodes++;
    return TEXTS.map((text) => text);
  });
  return { raw, arena, decodes: () => decodes };
}

describe('raw texts held as ASCII bytes', () => {
  it('hand out their bytes until read, then read as strings decoded once', () => {
    const { raw, arena, decodes } = heldRaw();
    expect(asciiBytesBehind(raw)?.arena).toBe(arena);
    expect(decodes()).toBe(0);
    expect(raw.kind === 'strings' && raw.dictionary).toEqual(TEXTS);
    expect(raw.kind === 'strings' && raw.dictionary).toEqual(TEXTS);
    expect(decodes()).toBe(1);
    expect(asciiBytesBehind(raw)).toBeNull();
  });

  it('cross a structured clone (a worker call) as plain strings', () => {
    const { raw } = heldRaw();
    expect(structuredClone(raw)).toEqual({
      kind: 'strings',
      codes: Int32Array.from([0, 1, 2, -1]),
      dictionary: TEXTS,
    });
  });

  it('leave other raw columns alone', () => {
    const plain = { kind: 'strings' as const, codes: new Int32Array(0), dictionary: [] };
    expect(asciiBytesBehind(plain)).toBeNull();
  });
});
