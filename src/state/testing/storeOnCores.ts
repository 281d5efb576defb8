import { vi } from 'vitest';
import type { DataTable } from '../../core/data/table';
import type { ModelKind } from '../../core/models/modelTypes';
import { nextTask } from '../../workers/runInSlices';
import type { AppState } from '../store';

/** A table the (mocked) workers never read: its name and columns are what the store needs. */
const table = {
  name: 'shop.csv',
  rowCount: 3,
  columns: [{ name: 'revenue' }, { name: 'spend' }],
} as unknown as DataTable;

/**
 * A fresh store (its modules loaded anew) on a machine with `cores` cores, set up to train
 * `models` on `revenue` from `spend`; `state` is set over that.
 */
export async function storeOnCores(
  cores: number,
  models: readonly ModelKind[],
  state: Partial<AppState> = {},
) {
  vi.resetModules();
  vi.stubGlobal('navigator', { hardwareConcurrency: cores, languages: ['en'] });
  const { useAppStore } = await import('../store');
  useAppStore.setState({
    table,
    targetIndex: 0,
    taskOverride: 'regression',
    features: [{ column: 'spend', included: true }] as never,
    selectedModels: models,
    ...state,
  });
  return useAppStore;
}

/**
 * Lets the promise callbacks, zero-delay timers and message-channel tasks (`nextTask`) that are
 * due run: a few rounds of both, since the store hops from one kind of task to the other.
 */
export async function settle(): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await nextTask();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
