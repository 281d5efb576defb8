import { sourceColumn } from './predictionsSourceColumns';
import { codesBy, numbersBy, type ExportColumn, type PredictionsInput } from './predictionsTypes';

const PART_LABELS = ['train', 'validation', 'test'];

/** Hands out headers that differ from every header given so far, suffixing " (2)", " (3)"... */
function headerNamer(existing: readonly string[]): (wanted: string) => string {
  const taken = new Set(existing);
  return (wanted) => {
    let name = wanted;
    for (let k = 2; taken.has(name); k++) name = `${wanted} (${k})`;
    taken.add(name);
    return name;
  };
}

/** Class indices as text codes into the class labels; NaN or out of range is empty. */
function classCodes(indices: Float64Array, classCount: number): Int32Array {
  return codesBy(indices.length, (i) => {
    const index = indices[i] as number;
    return Number.isInteger(index) && index >= 0 && index < classCount ? index : -1;
  });
}

function regressionColumns(input: PredictionsInput, name: (h: string) => string): ExportColumn[] {
  const { actual, predicted, target } = input;
  const columns: ExportColumn[] = [];
  if (actual !== null)
    columns.push({ header: name(`actual ${target}`), kind: 'number', values: actual });
  columns.push({ header: name(`predicted ${target}`), kind: 'number', values: predicted });
  if (actual !== null) {
    const residual = numbersBy(
      actual.length,
      (i) => (actual[i] as number) - (predicted[i] as number),
    );
    columns.push({ header: name('residual'), kind: 'number', values: residual });
  }
  return columns;
}

function classificationColumns(
  input: PredictionsInput,
  name: (h: string) => string,
): ExportColumn[] {
  const { actual, predicted, probabilities, target } = input;
  const classes = input.classes ?? [];
  const k = classes.length;
  const columns: ExportColumn[] = [];
  if (actual !== null) {
    const codes = classCodes(actual, k);
    columns.push({ header: name(`actual ${target}`), kind: 'text', codes, levels: classes });
  }
  const codes = classCodes(predicted, k);
  columns.push({ header: name(`predicted ${target}`), kind: 'text', codes, levels: classes });
  if (probabilities === null) return columns;
  classes.forEach((label, c) => {
    const values = numbersBy(predicted.length, (i) => probabilities[i * k + c] ?? Number.NaN);
    columns.push({ header: name(`probability ${label}`), kind: 'number', values });
  });
  return columns;
}

/**
 * The columns of a predictions export: `row` (1-based table row), the table's own columns as the
 * user saw them, then `part` (when given), actual, predicted, and the residual (regression) or
 * one probability per class (classification). Added headers never repeat a table header.
 */
export function predictionsColumns(input: PredictionsInput): readonly ExportColumn[] {
  const { table, rows, part } = input;
  const name = headerNamer(table.columns.map((column) => column.name));
  const row: ExportColumn = {
    header: name('row'),
    kind: 'number',
    values: numbersBy(rows.length, (i) => (rows[i] as number) + 1),
  };
  const own = table.columns.map((column) => sourceColumn(column, rows, column.name));
  const added: ExportColumn[] = [];
  if (part !== null) {
    const codes = codesBy(part.length, (i) =>
      (part[i] as number) < PART_LABELS.length ? (part[i] as number) : -1,
    );
    added.push({ header: name('part'), kind: 'text', codes, levels: PART_LABELS });
  }
  const outcome =
    input.task === 'regression'
      ? regressionColumns(input, name)
      : classificationColumns(input, name);
  return [row, ...own, ...added, ...outcome];
}
