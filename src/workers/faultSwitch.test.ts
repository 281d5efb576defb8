import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loads faultSwitch.ts afresh, as a page opened at `search` would at start-up. */
async function startPage(search: string | null) {
  vi.resetModules();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, '__sheetsenseFaults');
  if (search !== null) vi.stubGlobal('location', { search });
  return import('./faultSwitch');
}

interface Switch {
  armTrain(kind: string, fault: unknown): void;
  armImport(fault: unknown): void;
  armResults(fault: unknown): void;
  armProject(fault: unknown): void;
}
const installed = () => (globalThis as { __sheetsenseFaults?: Switch }).__sheetsenseFaults;

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, '__sheetsenseFaults');
});

describe('fault switch (test hook)', () => {
  it('installs nothing and hands out no fault without ?inject-faults', async () => {
    const faults = await startPage('?lang=zh');
    expect(installed()).toBeUndefined();
    expect(faults.takeTrainFault('neural')).toBeNull();
    expect(faults.takeImportFault()).toBeNull();
    expect(faults.takeResultsFault()).toBeNull();
    expect(faults.currentProjectFault()).toBeNull();
  });

  it('is inert where there is no page at all', async () => {
    const faults = await startPage(null);
    expect(installed()).toBeUndefined();
    expect(faults.takeTrainFault('linear')).toBeNull();
  });

  it('with ?inject-faults hands an armed fault to the next run of that model only, once', async () => {
    const faults = await startPage('?inject-faults');
    const fault = { kind: 'lose-backend', afterEpoch: 2 };
    installed()?.armTrain('neural', fault);
    expect(faults.takeTrainFault('linear')).toBeNull();
    expect(faults.takeTrainFault('neural')).toEqual(fault);
    expect(faults.takeTrainFault('neural')).toBeNull();
  });

  it('hands armed import and results faults out once each', async () => {
    const faults = await startPage('?maxMB=1&inject-faults');
    installed()?.armImport({ kind: 'crash', how: 'close' });
    installed()?.armResults({ kind: 'crash', how: 'throw' });
    expect(faults.takeImportFault()).toEqual({ kind: 'crash', how: 'close' });
    expect(faults.takeImportFault()).toBeNull();
    expect(faults.takeResultsFault()).toEqual({ kind: 'crash', how: 'throw' });
    expect(faults.takeResultsFault()).toBeNull();
  });

  it('keeps a full-storage fault for every project write until it is disarmed', async () => {
    const faults = await startPage('?inject-faults');
    expect(faults.currentProjectFault()).toBeNull();
    installed()?.armProject({ kind: 'storage-full' });
    expect(faults.currentProjectFault()).toEqual({ kind: 'storage-full' });
    expect(faults.currentProjectFault()).toEqual({ kind: 'storage-full' });
    installed()?.armProject(null);
    expect(faults.currentProjectFault()).toBeNull();
  });
});
