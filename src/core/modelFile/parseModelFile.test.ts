import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../models/neural/testing/cpuBackend';
import { buildModelFile, serialiseModelFile } from './buildModelFile';
import type { ModelFile } from './modelFileTypes';
import { parseModelFile, type ModelFileErrorCode } from './parseModelFile';
import { scoreTable } from './scoreTable';
import { scoringTable, TRAINING_CASES, trainCase } from './testing/trainedModels';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit raw JSON

const table = scoringTable(120);
const files = new Map<string, string>();

async function fileText(caseIndex: number): Promise<string> {
  const outcome = await trainCase(table, TRAINING_CASES[caseIndex]!);
  return serialiseModelFile(buildModelFile(outcome, table, new Date('2025-01-01T00:00:00Z')));
}

/** The saved file of a case ('ols', 'logistic', 'svc', 'neural') with `edit` applied to its JSON. */
function edited(name: string, edit: (json: Json) => void): string {
  const json = JSON.parse(files.get(name)!) as Json;
  edit(json);
  return JSON.stringify(json);
}

function errorOf(text: string): { code: ModelFileErrorCode; message: string; path: string | null } {
  const result = parseModelFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseModelFile', () => {
  beforeAll(async () => {
    await useCpuBackend();
    files.set('ols', await fileText(0));
    files.set('logistic', await fileText(1));
    files.set('svc', await fileText(2));
    files.set('neural', await fileText(5));
  });

  it('reads back what serialiseModelFile wrote', () => {
    for (const text of files.values()) {
      const parsed = parseModelFile(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(JSON.parse(serialiseModelFile(parsed.value))).toEqual(JSON.parse(text));
    }
  });

  it('refuses text that is not JSON, or JSON that is not a model file', () => {
    expect(errorOf('{"format": ').code).toBe('not-json');
    expect(errorOf('[1, 2]').code).toBe('not-a-model-file');
    expect(errorOf('{"format": "something-else", "version": 1}').code).toBe('not-a-model-file');
  });

  it('says a file from a newer SheetSense needs an update, before checking anything else', () => {
    const error = errorOf('{"format": "sheetsense-model", "version": 7, "anything": "new"}');
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/version 7.*Update SheetSense/);
    expect(errorOf(edited('ols', (json) => (json.version = 0))).code).toBe('unsupported-version');
    expect(errorOf(edited('ols', (json) => (json.version = '1'))).code).toBe('unsupported-version');
  });

  it('names an unknown model kind, task or pipeline version', () => {
    const kind = errorOf(edited('ols', (json) => (json.kind = 'forest')));
    expect([kind.code, kind.message]).toEqual(['unknown-kind', 'Unknown model kind "forest".']);
    expect(errorOf(edited('ols', (json) => (json.task = 'ranking'))).code).toBe('unknown-task');
    const pipeline = errorOf(edited('ols', (json) => (json.pipeline.version = 2)));
    expect(pipeline.code).toBe('unsupported-pipeline');
    expect(pipeline.message).toMatch(/version 2/);
  });

  it.each<[string, string, (json: Json) => void, string]>([
    [
      'ols',
      'a step with a text feature index',
      (j) => (j.pipeline.steps[0].feature = 'x'),
      'pipeline.steps[0].feature',
    ],
    [
      'ols',
      'a feature index past the features',
      (j) => (j.pipeline.steps[0].feature = 99),
      'pipeline.steps[0].feature',
    ],
    [
      'ols',
      'one-hot levels that overflow',
      (j) => j.pipeline.steps[1].levels.push('x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r', 'q'),
      'pipeline.steps[1].levels',
    ],
    [
      'ols',
      'an unknown step kind',
      (j) => (j.pipeline.steps[2].kind = 'spline'),
      'pipeline.steps[2].kind',
    ],
    [
      'ols',
      'a zero scale',
      (j) => (j.pipeline.steps[0].scaling = { mean: 0, std: 0 }),
      'pipeline.steps[0].scaling.std',
    ],
    ['ols', 'a short coefficient list', (j) => j.model.coefficients.pop(), 'model.coefficients'],
    ['ols', 'a schema without a pipeline column', (j) => j.schema.shift(), 'schema'],
    ['ols', 'feature names that disagree', (j) => (j.featureNames[0] = 'other'), 'featureNames'],
    ['logistic', 'classes that disagree', (j) => j.classes.reverse(), 'classes'],
    [
      'logistic',
      'a logit class out of range',
      (j) => (j.model.logitClasses[0] = 5),
      'model.logitClasses[0]',
    ],
    [
      'svc',
      'a support vector index out of range',
      (j) => (j.model.pairs[0].svIndices[0] = 1e6),
      'model.pairs[0].svIndices[0]',
    ],
    [
      'svc',
      'a ragged support vector list',
      (j) => j.model.supportVectors.push(1),
      'model.supportVectors',
    ],
    [
      'neural',
      'a weight list of the wrong size',
      (j) => j.model.layers[0].weights.pop(),
      'model.layers[0].weights',
    ],
    [
      'neural',
      'a weight that is not a number',
      (j) => (j.model.layers[1].weights[3] = null),
      'model.layers[1].weights[3]',
    ],
    ['neural', 'layer sizes that disagree', (j) => (j.model.layerSizes[1] = 3), 'model.layerSizes'],
    ['neural', 'a missing metric set', (j) => delete j.metrics.train, 'metrics.train'],
  ])('points at the damage in %s file with %s', (name, _what, edit, path) => {
    const error = errorOf(edited(name, edit));
    expect(error.code).toBe('invalid');
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
  });

  it('restores NaN metrics that JSON wrote as null', () => {
    const parsed = parseModelFile(edited('ols', (json) => (json.metrics.train.r2 = null)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(
      parsed.value.metrics.train.task === 'regression' && parsed.value.metrics.train.r2,
    ).toBeNaN();
  });

  it('never lets __proto__ or constructor keys in a hostile file reach Object.prototype', () => {
    const hostile = files
      .get('svc')!
      .replace(
        '{',
        '{"__proto__": {"polluted": "root"}, "constructor": {"prototype": {"polluted": "c"}},',
      )
      .replace('"pipeline":{', '"pipeline":{"__proto__":{"polluted":"pipeline"},')
      .replace('"model":{', '"model":{"__proto__":{"polluted":"model","predict":1},');
    const parsed = parseModelFile(hostile);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const file: ModelFile = parsed.value;
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(file.pipeline)).toBe(Object.prototype);
    expect(Object.keys(file)).not.toContain('__proto__');
    expect((file.pipeline as unknown as Json).polluted).toBeUndefined();
    expect(scoreTable(file, table).ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('treats a field left out as missing', () => {
    const error = errorOf(edited('ols', (json) => delete json.pipeline.steps[0].column));
    expect(error.path).toBe('pipeline.steps[0].column');
  });
});
