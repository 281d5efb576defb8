import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { snapshotToSave, type ProjectSnapshot } from '../core/project';
import { sampleSnapshot } from '../core/project/testing/sampleProject';
import {
  deleteKeptRecord,
  isQuotaError,
  keepSnapshot,
  readKeptRecord,
  writeKeptRecord,
} from './projectDb';

/** The snapshot as the page sends it to the worker: table copied, then cloned by postMessage. */
function sentToWorker(snapshot: ProjectSnapshot) {
  const steps = snapshotToSave(snapshot);
  for (;;) {
    const step = steps.next();
    if (step.done) return structuredClone(step.value);
  }
}

const deleteDatabase = () =>
  new Promise<string>((resolve) => {
    const request = indexedDB.deleteDatabase('sheetsense-project');
    request.onsuccess = () => resolve('deleted');
    request.onblocked = () => resolve('blocked');
  });

describe('the kept project, in the project worker', () => {
  it('keeps a snapshot, typed arrays and all, and reads it back', async () => {
    const snapshot = await sampleSnapshot();
    await writeKeptRecord(snapshot);
    const back = (await readKeptRecord()) as typeof snapshot;
    expect(back).toEqual(snapshot);
    expect(back.dataset.table.columns[1]!.raw).toEqual(snapshot.dataset.table.columns[1]!.raw);
    expect(back.runs[0]!.outcome.predictions.rows).toBeInstanceOf(Int32Array);
  });

  it('stores what the page sends in the very shape the page used to store itself', async () => {
    const snapshot = await sampleSnapshot();
    expect(await keepSnapshot(sentToWorker(snapshot), null)).toEqual({ kind: 'kept' });
    const back = (await readKeptRecord()) as typeof snapshot;
    expect(back).toEqual(snapshot);
    // Same keys in the same order: a file written from either is the same byte for byte.
    expect(JSON.stringify(Object.keys(back.dataset.table.columns[0]!))).toBe(
      JSON.stringify(Object.keys(snapshot.dataset.table.columns[0]!)),
    );
  });

  it('reads nothing once the project is deleted', async () => {
    await writeKeptRecord(await sampleSnapshot());
    await deleteKeptRecord();
    expect(await readKeptRecord()).toBeUndefined();
  });

  it('says "storage full" when the browser refuses the write, and keeps the old project', async () => {
    const older = await sampleSnapshot();
    await writeKeptRecord(older);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const newer = { ...older, savedAt: '2030-01-01T00:00:00.000Z' };
      expect(await keepSnapshot(sentToWorker(newer), null)).toEqual({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await readKeptRecord()).toEqual(older);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
  });

  it('fails the same way, inside the write, while the storage-full fault is armed', async () => {
    await deleteKeptRecord();
    const saved = sentToWorker(await sampleSnapshot());
    expect(await keepSnapshot(saved, { kind: 'storage-full' })).toEqual({ kind: 'quota' });
    expect(await readKeptRecord()).toBeUndefined();
  });

  it('words other failures, and leaves no connection open to block deleting the database', async () => {
    const saved = sentToWorker(await sampleSnapshot());
    const broken = { ...saved, dataset: { ...saved.dataset, table: { ...saved.dataset.table } } };
    Object.assign(broken.dataset.table, { strings: [{ units: new Uint16Array(1), ends: [9] }] });
    const outcome = await keepSnapshot(broken, null);
    expect(outcome.kind).toBe('failed');
    expect(await deleteDatabase()).toBe('deleted');
    expect(await readKeptRecord()).toBeUndefined();
  });
});
