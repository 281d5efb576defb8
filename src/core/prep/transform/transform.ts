import type { Column, DataTable } from '../../data/table';
import type { Matrix } from '../../models/modelTypes';
import { fail, ok, type Result } from '../../result';
import { codesOf, findColumns, numbersOf } from '../columnLookup';
import {
  PIPELINE_VERSION,
  type FeatureStep,
  type Pipeline,
  type PrepError,
  type TransformedRows,
  type UnseenLevelCount,
} from '../prepTypes';
import { encodeTarget } from './encodeTarget';
import { selectRows } from './selectRows';
import {
  dateWriter,
  numericWriter,
  oneHotWriter,
  type BlockWriter,
  type MatrixOut,
} from './writeFeatures';

const ROWS_PER_BLOCK = 1024;

export interface TransformOptions {
  /** 'ignore' when scoring a table without (or regardless of) the target column. Default 'use'. */
  readonly target?: 'use' | 'ignore';
}

/**
 * Applies a fitted pipeline to `rows` of `table`, finding columns by name. Rows without a target,
 * with a class unseen in training, or missing a 'drop-rows' feature are dropped and counted.
 */
export function transform(
  pipeline: Pipeline,
  table: DataTable,
  rows: Int32Array,
  options: TransformOptions = {},
): Result<TransformedRows, PrepError> {
  if (pipeline.version !== PIPELINE_VERSION) {
    return fail({ code: 'unsupported-version', version: pipeline.version });
  }
  const useTarget = (options.target ?? 'use') === 'use';
  const names = pipeline.steps.map((step) => step.column);
  const found = findColumns(table, useTarget ? [...names, pipeline.target.column] : names);
  if (!found.ok) return found;
  const featureColumns = found.value.slice(0, names.length);
  const targetColumn = found.value[names.length] ?? null;
  const encoded =
    targetColumn === null ? ok(null) : encodeTarget(pipeline.target, targetColumn, rows);
  if (!encoded.ok) return encoded;
  const dropRowColumns = featureColumns.filter(
    (_, i) => pipeline.steps[i]?.impute.strategy === 'drop-rows',
  );
  const isClassification = pipeline.target.kind === 'classification';
  const selected = selectRows(rows, encoded.value, dropRowColumns, isClassification);
  const written = writeMatrix(pipeline, featureColumns, selected.rows);
  if (!written.ok) return written;
  const { missingFeature, missingTarget, unseenClass } = selected.dropped;
  return ok({
    matrix: written.value.matrix,
    featureNames: pipeline.featureNames,
    target: selected.target,
    rows: selected.rows,
    droppedRows: missingFeature + missingTarget + unseenClass,
    dropped: selected.dropped,
    unseenLevels: written.value.unseenLevels,
  });
}

/** Writes every step's columns for `rows`, then checks no cell is NaN or infinite. */
function writeMatrix(
  pipeline: Pipeline,
  columns: readonly Column[],
  rows: Int32Array,
): Result<{ matrix: Matrix; unseenLevels: UnseenLevelCount[] }, PrepError> {
  const cols = pipeline.featureNames.length;
  const out: MatrixOut = { x: new Float64Array(rows.length * cols), cols, rows };
  const writers = prepareWriters(pipeline, columns, out);
  if (!writers.ok) return writers;
  // Row blocks keep each block of the output in cache while every step writes its columns.
  for (let from = 0; from < rows.length; from += ROWS_PER_BLOCK) {
    const to = Math.min(rows.length, from + ROWS_PER_BLOCK);
    for (const writer of writers.value) writer.write(from, to);
  }
  const nonFinite = findNonFinite(pipeline, out);
  if (nonFinite !== null) return fail(nonFinite);
  const unseenLevels: UnseenLevelCount[] = [];
  writers.value.forEach((writer, index) => {
    const count = writer.unseenRows();
    if (count > 0) unseenLevels.push({ column: pipeline.steps[index]?.column ?? '', count });
  });
  return ok({ matrix: { x: out.x, rows: rows.length, cols }, unseenLevels });
}

interface StepWriter {
  readonly write: BlockWriter;
  readonly unseenRows: () => number;
}

const none = () => 0;

/** A writer per step, after checking each column still has a type the step can read. */
function prepareWriters(
  pipeline: Pipeline,
  columns: readonly Column[],
  out: MatrixOut,
): Result<StepWriter[], PrepError> {
  const writers: StepWriter[] = [];
  for (const [index, step] of pipeline.steps.entries()) {
    const column = columns[index] as Column;
    if (step.kind === 'one-hot') {
      const codes = codesOf(column);
      if (!codes.ok) return codes;
      writers.push(oneHotWriter(step, codes.value.codes, codes.value.levels, out));
      continue;
    }
    const expected = step.kind === 'date' ? 'date' : step.sourceType;
    const values = numbersOf(column, expected);
    if (!values.ok) return values;
    if ((column.type === 'date') !== (step.kind === 'date')) {
      return fail({ code: 'type-mismatch', column: column.name, expected, found: column.type });
    }
    const write =
      step.kind === 'date'
        ? dateWriter(step, values.value, out)
        : numericWriter(step, values.value, out);
    writers.push({ write, unseenRows: none });
  }
  return ok(writers);
}

/** The first cell that is NaN or infinite after filling (e.g. an infinite number in the data). */
function findNonFinite(pipeline: Pipeline, out: MatrixOut): PrepError | null {
  const { x, cols } = out;
  for (let i = 0; i < x.length; i++) {
    const value = x[i] as number;
    if (value - value === 0) continue;
    const feature = i % cols;
    const step = pipeline.steps.find((candidate) => featuresOf(candidate).includes(feature));
    const row = out.rows[Math.floor(i / cols)] as number;
    const name = pipeline.featureNames[feature] ?? '';
    return { code: 'non-finite', column: step?.column ?? name, feature: name, row };
  }
  return null;
}

function featuresOf(step: FeatureStep): number[] {
  if (step.kind === 'numeric') return [step.feature];
  if (step.kind === 'date') return step.parts.map((part) => part.feature);
  const width = step.levels.length + (step.hasOther ? 1 : 0);
  return Array.from({ length: width }, (_, i) => step.firstFeature + i);
}
