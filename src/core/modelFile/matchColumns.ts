import type { Column, DataTable } from '../data/table';
import { pairRenamed } from './columnNames';
import type { ColumnMatchReport, ModelFile, SchemaColumn } from './modelFileTypes';

type UnseenCategories = ColumnMatchReport['unseenCategories'][number];

/** Levels of `column` absent from `known`, most frequent first, and the rows holding them. */
function unseenLevels(column: Column, known: readonly string[]): UnseenCategories | null {
  const { codes, levels } = column;
  if (codes === null || levels === null) return null;
  const counts = new Float64Array(levels.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row] as number;
    if (code >= 0) counts[code] = (counts[code] as number) + 1;
  }
  const knownSet = new Set(known);
  const unseen: number[] = [];
  levels.forEach((level, code) => {
    if ((counts[code] as number) > 0 && !knownSet.has(level)) unseen.push(code);
  });
  if (unseen.length === 0) return null;
  unseen.sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
  const rows = unseen.reduce((sum, code) => sum + (counts[code] as number), 0);
  return { column: column.name, levels: unseen.map((code) => levels[code] as string), rows };
}

/** The table's columns by name; a repeated name keeps its first column. */
function columnsByName(table: DataTable): Map<string, Column> {
  const byName = new Map<string, Column>();
  for (const column of table.columns) if (!byName.has(column.name)) byName.set(column.name, column);
  return byName;
}

/**
 * Lines a new table up with the model's columns by exact name: what is missing, extra, looks
 * renamed, changed type, or holds categories never seen in training. The target may be absent.
 */
export function matchColumns(file: ModelFile, table: DataTable): ColumnMatchReport {
  const byName = columnsByName(table);
  const schemaNames = new Set(file.schema.map((column) => column.name));
  schemaNames.add(file.target);
  const features: SchemaColumn[] = file.schema.filter((column) => column.name !== file.target);
  const missing = features.filter((column) => !byName.has(column.name)).map((c) => c.name);
  const extra = [...byName.keys()].filter((name) => !schemaNames.has(name));
  const typeChanged: ColumnMatchReport['typeChanged'][number][] = [];
  const unseenCategories: UnseenCategories[] = [];
  for (const expected of file.schema) {
    const column = byName.get(expected.name);
    if (column === undefined) continue;
    if (column.type !== expected.type) {
      typeChanged.push({ column: expected.name, expected: expected.type, found: column.type });
    }
    const unseen = expected.levels === null ? null : unseenLevels(column, expected.levels);
    if (unseen !== null) unseenCategories.push(unseen);
  }
  return {
    missing,
    extra,
    renamedLooking: pairRenamed(missing, extra),
    typeChanged,
    unseenCategories,
  };
}
