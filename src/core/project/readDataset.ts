import type { ColumnProfile } from '../data/profileTypes';
import { DELIMITERS, ENCODINGS, type ImportReport, type ImportWarning } from '../data/importTypes';
import { COLUMN_TYPES, type Column, type ColumnFormat, type RawColumn } from '../data/table';
import {
  arrayOf,
  field,
  integer,
  nullable,
  object,
  oneOf,
  string,
  ShapeError,
  type Read,
} from '../modelFile/jsonShape';
import type { ProjectDataset } from './projectTypes';
import { anyNumber, checkCodes, float64s, int32s, optional } from './shapeReaders';

const strings = arrayOf(string);
const count = integer(0);

function rawColumn(rows: number): Read<RawColumn> {
  return (value, path) => {
    const o = object(value, path);
    if (field(o, 'kind', path, oneOf(['numbers', 'strings'] as const)) === 'numbers') {
      return { kind: 'numbers', values: field(o, 'values', path, float64s(rows)) };
    }
    const dictionary = field(o, 'dictionary', path, strings);
    const codes = field(o, 'codes', path, int32s(rows));
    checkCodes(codes, -1, dictionary.length - 1, `${path}.codes`);
    return { kind: 'strings', codes, dictionary };
  };
}

const columnFormat: Read<ColumnFormat> = (value, path) => {
  const o = object(value, path);
  return {
    ...optional(o, 'decimal', path, oneOf(['.', ','] as const)),
    ...optional(o, 'dateOrder', path, oneOf(['ymd', 'dmy', 'mdy'] as const)),
    ...optional(o, 'scale', path, anyNumber),
  };
};

function column(rows: number): Read<Column> {
  return (value, path) => {
    const o = object(value, path);
    const type = field(o, 'type', path, oneOf(COLUMN_TYPES));
    const byValues = type === 'numeric' || type === 'boolean' || type === 'date';
    const levels = field(o, 'levels', path, nullable(strings));
    const codes = field(o, 'codes', path, nullable(int32s(rows)));
    const values = field(o, 'values', path, nullable(float64s(rows)));
    if (byValues && values === null)
      throw new ShapeError(`${path}.values`, `numbers for a ${type} column`);
    if (!byValues && (codes === null || levels === null)) {
      throw new ShapeError(`${path}.codes`, `codes and levels for a ${type} column`);
    }
    if (codes !== null) checkCodes(codes, -1, (levels?.length ?? 0) - 1, `${path}.codes`);
    return {
      name: field(o, 'name', path, string),
      type,
      inferredType: field(o, 'inferredType', path, oneOf(COLUMN_TYPES)),
      raw: field(o, 'raw', path, rawColumn(rows)),
      values,
      codes,
      levels,
      missing: field(o, 'missing', path, integer(0, rows)),
      format: field(o, 'format', path, columnFormat),
    };
  };
}

const warning: Read<ImportWarning> = (value, path) => {
  const o = object(value, path);
  const code = field(o, 'code', path, string);
  const num = (key: string) => field(o, key, path, count);
  switch (code) {
    case 'ragged-rows':
      return { code, rows: field(o, 'rows', path, arrayOf(count)), count: num('count') };
    case 'renamed-headers': {
      const rename: Read<{ from: string; to: string }> = (r, at) => {
        const ro = object(r, at);
        return { from: field(ro, 'from', at, string), to: field(ro, 'to', at, string) };
      };
      return { code, renames: field(o, 'renames', path, arrayOf(rename)) };
    }
    case 'no-header':
      return { code, columns: num('columns') };
    case 'empty-lines':
    case 'truncated-cells':
      return { code, count: num('count') };
    case 'guessed-encoding':
      return { code, encoding: field(o, 'encoding', path, oneOf(ENCODINGS)) };
    case 'unparsed-values':
      return { code, column: field(o, 'column', path, string), count: num('count') };
  }
  throw new ShapeError(`${path}.code`, 'a known import warning');
};

const report: Read<ImportReport> = (value, path) => {
  const o = object(value, path);
  return {
    fileName: field(o, 'fileName', path, string),
    format: field(o, 'format', path, oneOf(['csv', 'xlsx', 'xls'] as const)),
    encoding: field(o, 'encoding', path, nullable(oneOf(ENCODINGS))),
    encodingConfidence: field(
      o,
      'encodingConfidence',
      path,
      nullable(oneOf(['bom', 'clean', 'guess'] as const)),
    ),
    delimiter: field(o, 'delimiter', path, nullable(oneOf(DELIMITERS))),
    sheets: field(o, 'sheets', path, strings),
    sheet: field(o, 'sheet', path, nullable(string)),
    warnings: field(o, 'warnings', path, arrayOf(warning)),
  };
};

const topValue: Read<{ value: string; count: number }> = (value, path) => {
  const o = object(value, path);
  return { value: field(o, 'value', path, string), count: field(o, 'count', path, count) };
};

const histogramBar: Read<{ label: string; count: number }> = (value, path) => {
  const o = object(value, path);
  return { label: field(o, 'label', path, string), count: field(o, 'count', path, count) };
};

const profile: Read<ColumnProfile> = (value, path) => {
  const o = object(value, path);
  const numeric: Read<ColumnProfile['numeric']> = nullable((n, at) => {
    const no = object(n, at);
    return {
      min: field(no, 'min', at, anyNumber),
      max: field(no, 'max', at, anyNumber),
      mean: field(no, 'mean', at, anyNumber),
    };
  });
  return {
    name: field(o, 'name', path, string),
    type: field(o, 'type', path, oneOf(COLUMN_TYPES)),
    missing: field(o, 'missing', path, count),
    distinct: field(o, 'distinct', path, count),
    numeric: field(o, 'numeric', path, numeric),
    topValues: field(o, 'topValues', path, arrayOf(topValue)),
    histogram: field(o, 'histogram', path, arrayOf(histogramBar)),
  };
};

/** The dataset part of a project: the table (every typed array sized and every code in range). */
export const readDataset: Read<ProjectDataset> = (value, path) => {
  const o = object(value, path);
  const t = field(o, 'table', path, object);
  const tablePath = `${path}.table`;
  const rowCount = field(t, 'rowCount', tablePath, integer(0));
  return {
    table: {
      name: field(t, 'name', tablePath, string),
      rowCount,
      columns: field(t, 'columns', tablePath, arrayOf(column(rowCount))),
    },
    report: field(o, 'report', path, nullable(report)),
    profiles: field(o, 'profiles', path, arrayOf(profile)),
  };
};
