import { describe, expect, it } from 'vitest';
import { AsciiWindow } from './fieldText';
import { NOT_A_NUMBER, ScanState, isMissingToken, scanNumber } from './numberScanner';

const POINT = 46;
const COMMA = 44;

/** scanNumber over a whole string: the value, or null when it is not a plain number. */
function scan(text: string, decimalMark = POINT): number | null {
  const bytes = new TextEncoder().encode(text);
  const state = new ScanState(new AsciiWindow());
  const value = scanNumber(bytes, 0, bytes.length, decimalMark, state);
  return value === NOT_A_NUMBER || state.end !== bytes.length ? null : value;
}

/** A random decimal in the shapes CSV files hold: signs, 1-20 digits, fractions, exponents. */
function randomDecimal(random: () => number): string {
  const digits = (count: number) =>
    Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const integer = String(Number(digits(1 + Math.floor(random() * 12)))); // no leading zeros
  const fraction = random() < 0.7 ? `.${digits(1 + Math.floor(random() * 10))}` : '';
  const exponent =
    random() < 0.2 ? `e${random() < 0.5 ? '-' : ''}${Math.floor(random() * 40)}` : '';
  return `${random() < 0.3 ? '-' : ''}${integer}${fraction}${exponent}`;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('scanNumber', () => {
  it('reads exactly what Number() reads, for many random decimals', () => {
    const random = seeded(7);
    for (let i = 0; i < 20000; i++) {
      const text = randomDecimal(random);
      expect(Object.is(scan(text), Number(text)), text).toBe(true);
    }
  });

  it('reads long mantissas and extreme exponents through Number()', () => {
    const texts = [
      '0.30000000000000004',
      '123456789012345678901234567890',
      '9007199254740993',
      '1.7976931348623157e308',
      '5e-324',
      '2.2250738585072014e-308',
      '0e999',
      '1e-400',
    ];
    for (const text of texts) expect(Object.is(scan(text), Number(text)), text).toBe(true);
  });

  it('accepts signs, bare fractions, trailing points and exponents', () => {
    expect(scan('+5')).toBe(5);
    expect(scan('-.5')).toBe(-0.5);
    expect(scan('5.')).toBe(5);
    expect(scan('1E+3')).toBe(1000);
    expect(Object.is(scan('-0'), -0)).toBe(true);
    expect(scan(' 12 ')).toBe(12);
  });

  it('rejects leading zeros, text, overflow and lone signs', () => {
    for (const text of ['007', '00', '-007', '00.5', 'abc', '1e400', '-', '.', '1e', '0x1A']) {
      expect(scan(text), text).toBeNull();
    }
    expect(scan('0')).toBe(0);
    expect(scan('0.5')).toBe(0.5);
    expect(scan('0e5')).toBe(0);
  });

  it('reads decimal commas when asked to', () => {
    const random = seeded(11);
    for (let i = 0; i < 5000; i++) {
      const text = randomDecimal(random);
      expect(Object.is(scan(text.replace('.', ','), COMMA), Number(text)), text).toBe(true);
    }
    expect(scan('1.5', COMMA)).toBeNull();
  });
});

describe('isMissingToken', () => {
  it('knows the usual spellings of "no value", and nothing else', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    for (const token of ['NA', 'N/A', 'NULL', 'null', '-', '?', 'NaN', 'nan', 'n/a', '#N/A']) {
      expect(isMissingToken(bytes(token), 0, token.length), token).toBe(true);
    }
    for (const text of ['na', 'None', 'NAN', '--', 'N/A ', 'nul']) {
      expect(isMissingToken(bytes(text), 0, text.length), text).toBe(false);
    }
  });
});
