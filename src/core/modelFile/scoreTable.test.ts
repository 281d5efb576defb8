import { beforeAll, describe, expect, it } from 'vitest';
import type { Column, DataTable } from '../data/table';
import { levelColumn, numberColumn, tableOf } from '../prep/testing/buildTable';
import { buildModelFile } from './buildModelFile';
import { matchColumns } from './matchColumns';
import type { ModelFile } from './modelFileTypes';
import { scoreTable, type ScoredTable } from './scoreTable';
import { scoringTable, TRAINING_CASES, trainCase } from './testing/trainedModels';

const table = scoringTable(120);
let olsFile: ModelFile;
let logisticFile: ModelFile;

/** `table` with some columns replaced (by name), some removed (null) and some added. */
function changed(replace: [string, Column | null][], added: Column[] = []): DataTable {
  const swaps = new Map(replace);
  const columns = table.columns.flatMap((column) => {
    const swap = swaps.get(column.name);
    return swap === undefined ? [column] : swap === null ? [] : [swap];
  });
  return tableOf([...columns, ...added], 'new.csv');
}

function column(name: string): Column {
  return table.columns.find((candidate) => candidate.name === name)!;
}

function scored(file: ModelFile, data: DataTable): ScoredTable {
  const result = scoreTable(file, data);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const regionCells = (edit: (level: string, row: number) => string) => {
  const { codes, levels } = column('region');
  return Array.from(codes!, (code, row) => edit(levels![code]!, row));
};

describe('scoreTable', () => {
  beforeAll(async () => {
    olsFile = buildModelFile(await trainCase(table, TRAINING_CASES[0]!), table, new Date());
    logisticFile = buildModelFile(await trainCase(table, TRAINING_CASES[1]!), table, new Date());
  });

  it('ignores column order, extra columns and an absent target', () => {
    const base = scored(olsFile, table);
    const shuffled = tableOf(
      [...table.columns].reverse().filter((c) => c.name !== 'sales'),
      'new.csv',
    );
    const extra = numberColumn('notes', Array(table.rowCount).fill(1));
    const other = scored(olsFile, tableOf([...shuffled.columns, extra], 'new.csv'));
    expect(other.predicted).toEqual(base.predicted);
    expect(other.actual).toBeNull();
    expect(other.report.extra).toEqual(['bought', 'tier', 'notes']);
    expect(base.actual).toEqual(column('sales').values);
  });

  it('refuses missing columns, naming them and the columns that look renamed', () => {
    const renamed = numberColumn(' Spend', Array.from(column('spend').values!));
    const result = scoreTable(
      olsFile,
      changed([
        ['spend', renamed],
        ['member', null],
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'missing-columns') throw new Error('expected missing');
    expect(result.error.columns).toEqual(['spend', 'member']);
    expect(result.error.renamedLooking).toEqual([{ expected: 'spend', found: ' Spend' }]);
    expect(result.error.message).toContain('"spend", "member"');
    expect(result.error.message).toContain('" Spend" for "spend"');
  });

  it('refuses a numeric feature that now holds categories, naming it', () => {
    const spendAsText = levelColumn(
      'spend',
      Array.from(column('spend').values!, (v) => (Number.isNaN(v) ? null : `${v} EUR`)),
    );
    const result = scoreTable(olsFile, changed([['spend', spendAsText]]));
    if (result.ok || result.error.code !== 'type-mismatch') throw new Error('expected a mismatch');
    expect(result.error.column).toBe('spend');
    expect(result.error.message).toMatch(/"spend" holds categorical values/);
  });

  it('scores unseen categories as the reference level and reports them', () => {
    const central = (row: number) => row % 10 === 0;
    const asEast = regionCells((level, row) => (central(row) ? 'east' : level));
    const asCentral = regionCells((level, row) => (central(row) ? 'central' : level));
    const east = scored(olsFile, changed([['region', levelColumn('region', asEast)]]));
    const unseen = scored(olsFile, changed([['region', levelColumn('region', asCentral)]]));
    expect(olsFile.pipeline.steps[1]).toMatchObject({ column: 'region', referenceLevel: 'east' });
    expect(unseen.predicted).toEqual(east.predicted);
    expect(unseen.report.unseenCategories).toEqual([
      { column: 'region', levels: ['central'], rows: table.rowCount / 10 },
    ]);
  });

  it('drops rows missing a drop-rows feature and counts them', () => {
    const steps = olsFile.pipeline.steps.map((step) =>
      step.column === 'spend'
        ? { ...step, impute: { strategy: 'drop-rows' as const, fill: null } }
        : step,
    );
    const file = { ...olsFile, pipeline: { ...olsFile.pipeline, steps } } as ModelFile;
    const result = scored(file, table);
    const spend = column('spend').values!;
    const missing = spend.filter(Number.isNaN).length;
    expect(missing).toBeGreaterThan(0);
    expect(result.droppedRows).toBe(missing);
    expect([...result.rows].every((row) => !Number.isNaN(spend[row]!))).toBe(true);
    expect(result.rows.length).toBe(table.rowCount - missing);
  });

  it('gives class indices, probabilities and actual classes; unseen actual classes are NaN', () => {
    const tiers = column('tier');
    const labels = Array.from(tiers.codes!, (code, row) =>
      row === 3 ? 'vip' : tiers.levels![code]!,
    );
    const result = scored(logisticFile, changed([['tier', levelColumn('tier', labels)]]));
    const classes = result.classes!;
    expect([...classes].sort()).toEqual(['high', 'low', 'mid']);
    expect(result.probabilities?.length).toBe(table.rowCount * 3);
    expect(result.actual?.[3]).toBeNaN();
    labels.forEach((label, row) => {
      if (row !== 3) expect(classes[result.actual![row]!]).toBe(label);
    });
  });

  it('reports renamed, retyped, extra columns and unseen levels against a trained file', () => {
    const channels = Array.from({ length: table.rowCount }, (_, row) =>
      row < 6 ? 'app' : row % 2 === 0 ? 'web' : 'shop',
    );
    const memberAsText = levelColumn(
      'member',
      Array.from(column('member').values!, (v) => (v === 1 ? 'yes' : 'no')),
    );
    const renamed = numberColumn('Spend', Array.from(column('spend').values!));
    const report = matchColumns(
      olsFile,
      changed(
        [
          ['spend', renamed],
          ['member', memberAsText],
          ['constructor', levelColumn('constructor', channels)],
        ],
        [numberColumn('notes', Array(table.rowCount).fill(0))],
      ),
    );
    expect(report).toEqual({
      missing: ['spend'],
      extra: ['Spend', 'tier', 'bought', 'notes'],
      renamedLooking: [{ expected: 'spend', found: 'Spend' }],
      typeChanged: [{ column: 'member', expected: 'boolean', found: 'categorical' }],
      unseenCategories: [{ column: 'constructor', levels: ['app'], rows: 6 }],
    });
  });

  it('turns a model that cannot predict into an error value', () => {
    const broken = { ...olsFile, model: { kind: 'ols' } } as ModelFile;
    const result = scoreTable(broken, table);
    expect(result.ok ? 'ok' : result.error.code).toBe('model-failed');
  });
});
