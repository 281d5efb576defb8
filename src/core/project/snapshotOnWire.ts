import {
  columnsFromWire,
  columnsToWire,
  wireBuffers,
  type ColumnsOnWire,
} from '../data/columnsOnWire';
import type { ProjectDataset, ProjectSnapshot } from './projectTypes';
import { tableFromSave, tableToSave, tableToSaveBuffers, type TableToSave } from './tableToSave';

/** A table whose string lists are packed (see columnsOnWire). */
export interface TableOnWire {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: ColumnsOnWire;
}

/**
 * A project snapshot as it crosses between the page and the project worker: the table's strings
 * packed into a few buffers, so that neither side clones a million strings one by one.
 */
export interface ProjectSnapshotOnWire extends Omit<ProjectSnapshot, 'dataset'> {
  readonly dataset: Omit<ProjectDataset, 'table'> & { readonly table: TableOnWire };
}

/** The snapshot with its table packed; its typed arrays are the snapshot's own (not copied). */
export function snapshotToWire(snapshot: ProjectSnapshot): ProjectSnapshotOnWire {
  const { dataset } = snapshot;
  const { name, rowCount, columns } = dataset.table;
  // Spreads keep the keys' order, so a file written from what arrives is the same byte for byte.
  return {
    ...snapshot,
    dataset: { ...dataset, table: { name, rowCount, columns: columnsToWire(columns) } },
  };
}

/** The snapshot back on the page, yielding between chunks of strings (run it with runInSlices). */
export function* snapshotFromWire(
  wire: ProjectSnapshotOnWire,
): Generator<void, ProjectSnapshot, void> {
  const { dataset } = wire;
  const { name, rowCount } = dataset.table;
  // Lazy: big raw texts no column shows stay packed on the page until used (see lazyStrings).
  const columns = yield* columnsFromWire(dataset.table.columns, true);
  return { ...wire, dataset: { ...dataset, table: { name, rowCount, columns } } };
}

/** Adds the buffer of every typed array inside `value` (plain data: objects and arrays). */
function collectBuffers(value: unknown, into: Set<ArrayBufferLike>): void {
  if (typeof value !== 'object' || value === null) return;
  if (ArrayBuffer.isView(value)) {
    into.add(value.buffer);
    return;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (typeof item === 'object' && item !== null) collectBuffers(item, into);
  }
}

/**
 * Every buffer behind the wire form, to transfer when the sender keeps nothing of it (a project
 * just read from a file). The runs' outcomes (predictions) are included.
 */
export function snapshotBuffers(wire: ProjectSnapshotOnWire): ArrayBuffer[] {
  const buffers = new Set<ArrayBufferLike>(wireBuffers(wire.dataset.table.columns));
  collectBuffers(wire.runs, buffers);
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** A snapshot on its way from the page to be saved: its table copied (see tableToSave). */
export interface SnapshotToSave extends Omit<ProjectSnapshot, 'dataset'> {
  readonly dataset: Omit<ProjectDataset, 'table'> & { readonly table: TableToSave };
}

/** Copies the snapshot's table in small steps (run it with runInSlices); the rest is shared. */
export function* snapshotToSave(snapshot: ProjectSnapshot): Generator<void, SnapshotToSave, void> {
  const { dataset } = snapshot;
  return { ...snapshot, dataset: { ...dataset, table: yield* tableToSave(dataset.table) } };
}

/** The buffers to transfer with a snapshot to save: the table's copies (runs are cloned). */
export function snapshotToSaveBuffers(saved: SnapshotToSave): ArrayBuffer[] {
  return tableToSaveBuffers(saved.dataset.table);
}

/** The snapshot back from its copy (worker side, in one go). */
export function snapshotFromSave(saved: SnapshotToSave): ProjectSnapshot {
  const { dataset } = saved;
  return { ...saved, dataset: { ...dataset, table: tableFromSave(dataset.table) } };
}
