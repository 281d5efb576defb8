import { beforeAll, describe, expect, it } from 'vitest';
import { pluginOf } from '../models/modelPlugins';
import { useCpuBackend } from '../models/neural/testing/cpuBackend';
import { allRows } from '../prep/columnLookup';
import { transform } from '../prep/transform/transform';
import { buildModelFile, serialiseModelFile } from './buildModelFile';
import { parseModelFile } from './parseModelFile';
import { scoreTable } from './scoreTable';
import { scoringTable, TRAINING_CASES, trainCase } from './testing/trainedModels';

/** Largest |a - b| / max(1, |b|) over two equally long arrays. */
function largestRelativeGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let gap = 0;
  for (let i = 0; i < a.length; i++) {
    gap = Math.max(gap, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  }
  return gap;
}

describe('a model file round trip (train, save as JSON, read back, score the same table)', () => {
  beforeAll(useCpuBackend);
  const table = scoringTable();

  it.each(TRAINING_CASES)(
    '$name scores exactly as the trained model on the encoded rows',
    async (testCase) => {
      const outcome = await trainCase(table, testCase);
      const file = buildModelFile(outcome, table, new Date('2025-03-01T10:00:00Z'));
      const parsed = parseModelFile(JSON.stringify(file));
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.value.pipeline).toEqual(outcome.pipeline);
      expect(parsed.value.metrics).toEqual(outcome.metrics);
      const scored = scoreTable(parsed.value, table);
      if (!scored.ok) throw new Error(scored.error.message);

      const encoded = transform(outcome.pipeline, table, allRows(table.rowCount), {
        target: 'ignore',
      });
      if (!encoded.ok) throw new Error(encoded.error.code);
      const direct = pluginOf(testCase.kind).predict(outcome.model, encoded.value.matrix);
      expect(scored.value.rows).toEqual(allRows(table.rowCount));
      expect(largestRelativeGap(scored.value.predicted, direct.values)).toBeLessThanOrEqual(1e-9);
      expect(scored.value.predicted).toEqual(direct.values);
      if (testCase.task === 'classification') {
        expect(scored.value.probabilities).toEqual(direct.probabilities);
        expect(scored.value.classes).toEqual(outcome.classes);
      } else {
        expect(scored.value.probabilities).toBeNull();
      }
    },
  );

  it('predicts each training, validation and test row as the run itself did', async () => {
    const outcome = await trainCase(table, TRAINING_CASES[2]!);
    const parsed = parseModelFile(serialiseModelFile(buildModelFile(outcome, table, new Date())));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const scored = scoreTable(parsed.value, table);
    if (!scored.ok) throw new Error(scored.error.message);
    const { rows, predicted, actual } = outcome.predictions;
    rows.forEach((row, i) => {
      expect(scored.value.predicted[row]).toBe(predicted[i]);
      expect(scored.value.actual?.[row]).toBe(actual[i]);
    });
  });

  it('records the schema: feature columns in pipeline order with their training levels, then the target', async () => {
    const outcome = await trainCase(table, TRAINING_CASES[0]!);
    const file = buildModelFile(outcome, table, new Date('2025-03-01T10:00:00Z'));
    expect(file.savedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(file.trainedOn).toBe('campaign.csv');
    expect(file.schema.map((column) => [column.name, column.type])).toEqual([
      ['spend', 'numeric'],
      ['region', 'categorical'],
      ['signup', 'date'],
      ['member', 'boolean'],
      ['__proto__', 'numeric'],
      ['constructor', 'categorical'],
      ['sales', 'numeric'],
    ]);
    const region = file.schema.find((column) => column.name === 'region');
    expect([...(region?.levels ?? [])].sort()).toEqual(['east', 'north', 'south', 'west']);
    expect(file.schema.find((column) => column.name === 'spend')?.levels).toBeNull();
  });

  it('carries columns named __proto__ and constructor as data without touching Object.prototype', async () => {
    const outcome = await trainCase(table, TRAINING_CASES[0]!);
    const text = serialiseModelFile(buildModelFile(outcome, table, new Date()));
    const parsed = parseModelFile(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const steps = parsed.value.pipeline.steps.map((step) => step.column);
    expect(steps).toContain('__proto__');
    expect(steps).toContain('constructor');
    expect(Object.getPrototypeOf(parsed.value.pipeline)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
