import { describe, expect, it } from 'vitest';
import { parseIsoDateTime } from './isoDateTime';
import { parseIsoDateTimeBytes } from './isoDateTimeBytes';

const encoder = new TextEncoder();

/** parseIsoDateTimeBytes of `text` set inside other bytes, so that both ends are its own. */
function readFromBytes(text: string): number | null | undefined {
  const inner = encoder.encode(text);
  const bytes = new Uint8Array(inner.length + 8).fill(0x37); // '7' on both sides
  bytes.set(inner, 4);
  return parseIsoDateTimeBytes(bytes, 4, 4 + inner.length);
}

/** Deterministic variants of `text`: each character replaced, dropped, or doubled in turn. */
function variants(text: string): string[] {
  const swaps = ['0', '9', '-', ':', '.', 'T', ' ', 'Z', '+', 'x', 'é', ''];
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const swap of swaps) out.push(text.slice(0, i) + swap + text.slice(i + 1));
    out.push(text.slice(0, i + 1) + text.slice(i)); // doubled
  }
  return out;
}

const SHAPES = [
  '2024-07-25',
  '2024-07-29 10:00:24',
  '2024-07-29T10:00',
  '2024-07-29T10:00:24.5',
  '2024-07-29T10:00:24.123999',
  '2024-03-01T10:20:30Z',
  '2024-03-01T10:20:30+02:00',
  '2024-03-01T10:20:30+0200',
  '2024-03-01T10:20:30-02',
  '2024-03-01T01:00:00+08:00',
  '2024-02-29',
  '2023-02-29',
  '1900-02-29 12:00',
  '2024-13-01',
  '2024-04-31T23:59:59',
  '2024-01-01T24:00',
  '0999-01-01',
];

describe('parseIsoDateTimeBytes', () => {
  it('reads what parseIsoDateTime reads from the same text, valid or not', () => {
    for (const shape of SHAPES) {
      for (const text of [shape, ...variants(shape)]) {
        expect({ text, value: readFromBytes(text) }).toEqual({
          text,
          value: parseIsoDateTime(text),
        });
      }
    }
  });

  it('reads dates, gives null for days that do not exist, undefined for other text', () => {
    expect(readFromBytes('2024-07-29 10:00:24')).toBe(Date.UTC(2024, 6, 29, 10, 0, 24));
    expect(readFromBytes('2023-02-29')).toBeNull();
    expect(readFromBytes('29/02/2024')).toBeUndefined();
    expect(readFromBytes('2024-07-29 10:00:24 ')).toBeUndefined();
  });
});
