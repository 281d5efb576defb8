import { describe, expect, it } from 'vitest';
import type { Column, ColumnType } from '../../core/data/table';
import { alignsEnd, formatCell, formattersFor, localeFor, MISSING_CELL } from './formatCell';

function valuesColumn(type: ColumnType, values: readonly number[]): Column {
  const array = Float64Array.from(values);
  const raw = { kind: 'numbers' as const, values: array };
  return {
    name: 'v',
    type,
    inferredType: type,
    raw,
    values: array,
    codes: null,
    levels: null,
    missing: 0,
    format: {},
  };
}

function codesColumn(levels: readonly string[], codes: readonly number[]): Column {
  const array = Int32Array.from(codes);
  const raw = { kind: 'strings' as const, codes: array, dictionary: levels };
  return {
    name: 'c',
    type: 'categorical',
    inferredType: 'categorical',
    raw,
    values: null,
    codes: array,
    levels,
    missing: 0,
    format: {},
  };
}

const en = formattersFor(localeFor('en')).cell;
const zh = formattersFor(localeFor('zh')).cell;

describe('formatCell', () => {
  it('formats numbers for the UI language without rounding away decimals', () => {
    const column = valuesColumn('numeric', [1234567.891, 0.000125, 0.1 + 0.2, -42]);
    expect(formatCell(column, 0, en).text).toBe('1,234,567.891');
    expect(formatCell(column, 1, en).text).toBe('0.000125');
    expect(formatCell(column, 2, en).text).toBe('0.3');
    expect(formatCell(column, 3, en).text).toBe('-42');
    expect(formatCell(column, 0, zh).text).toBe('1,234,567.891');
  });

  it('shows dates as ISO dates, with the time only when it is not midnight', () => {
    const column = valuesColumn('date', [Date.UTC(2024, 2, 5), Date.UTC(2024, 2, 5, 9, 15)]);
    expect(formatCell(column, 0, en)).toEqual({ text: '2024-03-05', missing: false });
    expect(formatCell(column, 1, en).text).toBe('2024-03-05 09:15');
  });

  it('shows booleans as ticks and crosses', () => {
    const column = valuesColumn('boolean', [1, 0]);
    expect([formatCell(column, 0, en).text, formatCell(column, 1, en).text]).toEqual(['✓', '✗']);
  });

  it('marks NaN values, -1 codes and rows past the end as missing', () => {
    expect(formatCell(valuesColumn('numeric', [NaN]), 0, en)).toBe(MISSING_CELL);
    expect(formatCell(codesColumn(['a'], [-1]), 0, en)).toBe(MISSING_CELL);
    expect(formatCell(codesColumn(['a'], [0]), 5, en)).toBe(MISSING_CELL);
    expect(MISSING_CELL).toEqual({ text: '—', missing: true });
  });

  it('returns level text untouched, markup included, for React to render as text', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const column = codesColumn(['north', attack], [1, 0]);
    expect(formatCell(column, 0, en)).toEqual({ text: attack, missing: false });
    expect(formatCell(column, 1, en).text).toBe('north');
  });
});

describe('formattersFor', () => {
  it('reuses one set of formatters per locale', () => {
    expect(formattersFor('en')).toBe(formattersFor('en'));
    expect(formattersFor('en')).not.toBe(formattersFor('zh-CN'));
  });

  it('rounds statistics to 2 decimals but keeps 3 significant digits of small numbers', () => {
    const { stat, percent } = formattersFor('en');
    expect(stat.format(1234.5678)).toBe('1,234.57');
    expect(stat.format(0.0012345)).toBe('0.00123');
    expect(percent.format(0.125)).toBe('12.5%');
  });
});

describe('alignsEnd', () => {
  it('right-aligns numbers and dates only', () => {
    const types: ColumnType[] = ['numeric', 'date', 'boolean', 'categorical', 'text', 'id'];
    expect(types.filter(alignsEnd)).toEqual(['numeric', 'date']);
  });
});
