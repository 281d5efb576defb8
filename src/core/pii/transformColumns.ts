import type { Column, DataTable } from '../data/table';
import { detectPii } from './detectPii';
import { maskValue } from './maskValue';
import type { PiiColumnAction, PiiFinding, PiiKind } from './piiTypes';
import { pseudonymsOf, type PseudonymKey } from './pseudonymise';

/** A column's cells as text codes into levels: its own dictionary, or its numbers as text. */
export function columnTexts(column: Column): { codes: Int32Array; levels: readonly string[] } {
  if (column.codes !== null && column.levels !== null) {
    return { codes: column.codes, levels: column.levels };
  }
  const values = column.values ?? new Float64Array(0);
  const levelOf = new Map<number, number>();
  const levels: string[] = [];
  const codes = new Int32Array(values.length).fill(-1);
  for (let row = 0; row < values.length; row++) {
    const value = values[row] as number;
    if (Number.isNaN(value)) continue;
    let code = levelOf.get(value);
    if (code === undefined) {
      code = levels.length;
      levelOf.set(value, code);
      // Integers print in full (no exponent) up to 1e21: phone and ID numbers stay digits.
      levels.push(Number.isInteger(value) ? BigInt(value).toString() : String(value));
    }
    codes[row] = code;
  }
  return { codes, levels };
}

/**
 * The column with every level replaced by `replace(level)`; levels that become equal merge, so
 * the work is per distinct value and one pass over the codes.
 */
function withLevels(column: Column, next: readonly string[], source = columnTexts(column)): Column {
  const merged = new Map<string, number>();
  const remap = next.map((text) => {
    let code = merged.get(text);
    if (code === undefined) merged.set(text, (code = merged.size));
    return code;
  });
  // A plain loop: TypedArray.map with a callback is several times slower on a million rows.
  const codes = new Int32Array(source.codes.length);
  for (let row = 0; row < codes.length; row++) {
    const code = source.codes[row] as number;
    codes[row] = code < 0 ? -1 : (remap[code] as number);
  }
  const levels = [...merged.keys()];
  const type = column.codes !== null ? column.type : column.type === 'id' ? 'id' : 'text';
  return {
    name: column.name,
    type,
    inferredType: type,
    raw: { kind: 'strings', codes, dictionary: levels },
    values: null,
    codes,
    levels,
    missing: column.missing,
    format: {},
  };
}

/** The column with each value masked for its kind. */
export function maskColumn(column: Column, kind: PiiKind): Column {
  const source = columnTexts(column);
  return withLevels(
    column,
    source.levels.map((level) => maskValue(kind, level)),
    source,
  );
}

/** The column with each value replaced by its keyed pseudonym (equal values, equal tokens). */
export async function pseudonymiseColumn(column: Column, key: PseudonymKey): Promise<Column> {
  const source = columnTexts(column);
  return withLevels(column, await pseudonymsOf(key, source.levels), source);
}

/** A column's replacement: a new column, or null to drop it. */
export interface ColumnReplacement {
  readonly column: string;
  readonly replacement: Column | null;
}

/** The table with named columns replaced or dropped; others untouched (shared, not copied). */
export function replaceColumns(
  table: DataTable,
  replacements: readonly ColumnReplacement[],
): DataTable {
  if (replacements.length === 0) return table;
  const columns = table.columns.flatMap((column) => {
    const change = replacements.find((entry) => entry.column === column.name);
    if (change === undefined) return [column];
    return change.replacement === null ? [] : [change.replacement];
  });
  return { ...table, columns };
}

/** The table an export writes: PII columns the user keeps as they are, masked. */
export function maskKeptPii(
  table: DataTable,
  findings: readonly PiiFinding[],
  actions: readonly PiiColumnAction[],
): DataTable {
  const kept = findings.filter(
    (finding) =>
      (actions.find((entry) => entry.column === finding.column)?.action ?? 'keep') === 'keep',
  );
  const replacements = kept.flatMap((finding) => {
    const column = table.columns.find((candidate) => candidate.name === finding.column);
    return column
      ? [{ column: finding.column, replacement: maskColumn(column, finding.kind) }]
      : [];
  });
  return replaceColumns(table, replacements);
}

/** The table with every detected PII column masked, except the named ones (e.g. a model's inputs). */
export function maskDetectedPii(table: DataTable, exceptColumns: readonly string[]): DataTable {
  const replacements = detectPii(table)
    .filter((finding) => !exceptColumns.includes(finding.column))
    .flatMap((finding) => {
      const column = table.columns[finding.columnIndex];
      return column
        ? [{ column: finding.column, replacement: maskColumn(column, finding.kind) }]
        : [];
    });
  return replaceColumns(table, replacements);
}
