/* eslint-disable @typescript-eslint/no-explicit-any -- these tests damage arbitrary fields on purpose */
import { describe, expect, it } from 'vitest';
import { packContainer } from './blobContainer';
import { parseProject, serialiseProject } from './projectFile';
import type { ProjectError } from './projectTypes';
import { sampleSnapshot } from './testing/sampleProject';

function refusal(bytes: Uint8Array): ProjectError {
  const result = parseProject(bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

/** The sample snapshot as a mutable plain copy (typed arrays included), to damage on purpose. */
async function editable(): Promise<Record<string, any>> {
  return structuredClone(await sampleSnapshot()) as Record<string, any>;
}

describe('parseProject refuses files it cannot trust', () => {
  it('says a CSV, an empty file or a model file is not a project', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(refusal(text('id,revenue\n1,2\n')).code).toBe('not-a-project');
    expect(refusal(new Uint8Array(0)).code).toBe('not-a-project');
    expect(refusal(text('{"format":"sheetsense-model","version":1}')).code).toBe('not-a-project');
    expect(refusal(packContainer({ format: 'something-else', version: 1 })).code).toBe(
      'not-a-project',
    );
  });

  it('names the version of a project saved by a newer SheetSense', async () => {
    const body = await editable();
    body.version = 7;
    const error = refusal(packContainer(body));
    expect(error.code).toBe('newer-version');
    expect(error.version).toBe(7);
    expect(error.message).toContain('7');
  });

  it('refuses a file cut short', async () => {
    const bytes = serialiseProject(await sampleSnapshot());
    expect(refusal(bytes.subarray(0, bytes.length - 100)).code).toBe('corrupt');
    expect(refusal(bytes.subarray(0, 40)).code).toBe('corrupt');
  });

  it('refuses damaged text in the description', async () => {
    const bytes = serialiseProject(await sampleSnapshot()).slice();
    bytes[40] = 0xff; // not valid UTF-8
    expect(refusal(bytes).code).toBe('corrupt');
  });

  it('refuses a code that points past the levels, naming where', async () => {
    const body = await editable();
    const column = body.dataset.table.columns.find((c: any) => c.codes !== null);
    column.codes = Int32Array.from(column.codes as Int32Array, (c) => c);
    column.codes[3] = column.levels.length;
    const error = refusal(packContainer(body));
    expect(error.code).toBe('corrupt');
    expect(error.path).toMatch(/^dataset\.table\.columns\[\d+\]\.codes\[3\]$/);
  });

  it('refuses a column whose values are not one per row', async () => {
    const body = await editable();
    const column = body.dataset.table.columns.find((c: any) => c.values !== null);
    column.values = new Float64Array(3);
    expect(refusal(packContainer(body)).path).toMatch(/columns\[\d+\]\.values$/);
  });

  it('refuses predictions for rows the table does not have', async () => {
    const body = await editable();
    const rows = Int32Array.from(body.runs[0].outcome.predictions.rows as Int32Array);
    rows[0] = body.dataset.table.rowCount;
    body.runs[0].outcome.predictions.rows = rows;
    expect(refusal(packContainer(body)).path).toBe('runs[0].outcome.predictions.rows[0]');
  });

  it('refuses a model whose weights do not fit its features', async () => {
    const body = await editable();
    body.runs[0].outcome.model.coefficients.pop();
    expect(refusal(packContainer(body)).path).toBe('runs[0].outcome.model.coefficients');
  });

  it('refuses a set-up pointing at a column that does not exist', async () => {
    const body = await editable();
    body.setup.targetIndex = body.dataset.table.columns.length;
    expect(refusal(packContainer(body)).path).toBe('setup.targetIndex');
  });

  it('never lets __proto__ in a file reach an object prototype', async () => {
    const body = await editable();
    body.runs[0].outcome.notices = JSON.parse('[{"code":"x","params":{"__proto__":{"hacked":1}}}]');
    expect(refusal(packContainer(body)).path).toBe('runs[0].outcome.notices[0].params');
    const setup = await editable();
    setup.setup.modelOptions = JSON.parse(
      '[{"kind":"svm","values":{"__proto__":{"hacked":1},"C":3}}]',
    );
    const result = parseProject(packContainer(setup));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.setup.modelOptions[0]!.values).toEqual({ C: 3 });
    expect(({} as Record<string, unknown>).hacked).toBeUndefined();
  });

  it('refuses a data block that lies outside the file', async () => {
    const bytes = serialiseProject(await sampleSnapshot());
    const view = new DataView(bytes.buffer);
    const tableLength = view.getUint32(16, true);
    const table = JSON.parse(new TextDecoder().decode(bytes.subarray(24, 24 + tableLength)));
    table[table.length - 1].length += 1;
    // The edited table has the same length unless the count gained a digit: pad with spaces.
    const edited = new TextEncoder().encode(JSON.stringify(table).padEnd(tableLength));
    expect(edited.length).toBe(tableLength);
    const damaged = bytes.slice();
    damaged.set(edited, 24);
    const error = refusal(damaged);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('outside the file');
  });
});
