import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../core/project/testing/sampleProject';
import {
  closeProjectDb,
  deleteStoredProject,
  isQuotaError,
  readStoredProject,
  writeStoredProject,
} from './projectDb';

describe('the project database', () => {
  it('keeps a snapshot, typed arrays and all, and reads it back', async () => {
    const snapshot = await sampleSnapshot();
    await writeStoredProject(snapshot);
    const back = (await readStoredProject()) as typeof snapshot;
    expect(back).toEqual(snapshot);
    expect(back.dataset.table.columns[1]!.raw).toEqual(snapshot.dataset.table.columns[1]!.raw);
    expect(back.runs[0]!.outcome.predictions.rows).toBeInstanceOf(Int32Array);
  });

  it('reads nothing once the project is deleted', async () => {
    await writeStoredProject(await sampleSnapshot());
    await deleteStoredProject();
    expect(await readStoredProject()).toBeUndefined();
  });

  it('passes a full-storage error on, recognisable as such', async () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error: unknown = await writeStoredProject(await sampleSnapshot()).catch((e) => e);
      expect(isQuotaError(error)).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
  });

  it('closes its connection so that deleting the database is not blocked', async () => {
    await writeStoredProject(await sampleSnapshot());
    closeProjectDb();
    const outcome = await new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase('sheetsense-project');
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
    });
    expect(outcome).toBe('deleted');
    expect(await readStoredProject()).toBeUndefined();
  });
});
