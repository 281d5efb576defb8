import { describe, expect, it } from 'vitest';
import type { Column } from '../data/table';
import type { ProjectSnapshot } from './projectTypes';
import {
  snapshotBuffers,
  snapshotFromWire,
  snapshotToWire,
  type ProjectSnapshotOnWire,
} from './snapshotOnWire';
import { sampleSnapshot } from './testing/sampleProject';

/** Runs the unpacking generator to its end, counting the pauses it offers. */
function unpacked(wire: ProjectSnapshotOnWire): { snapshot: ProjectSnapshot; pauses: number } {
  const steps = snapshotFromWire(wire);
  for (let pauses = 0; ; pauses++) {
    const step = steps.next();
    if (step.done) return { snapshot: step.value, pauses };
  }
}

const columnArrays = (snapshot: ProjectSnapshot) =>
  snapshot.dataset.table.columns.flatMap((c) =>
    [c.values, c.codes, c.raw.kind === 'numbers' ? c.raw.values : c.raw.codes].filter(
      (a) => a !== null,
    ),
  );

/** The snapshot with one text column's first level replaced by a lone surrogate. */
function withLoneSurrogate(snapshot: ProjectSnapshot): ProjectSnapshot {
  const columns = snapshot.dataset.table.columns.map((column): Column => {
    if (column.name !== 'segment' || column.levels === null) return column;
    return { ...column, levels: ['\uD800 gold', ...column.levels.slice(1)] };
  });
  const table = { ...snapshot.dataset.table, columns };
  return { ...snapshot, dataset: { ...snapshot.dataset, table } };
}

describe('a project snapshot crossing threads', () => {
  it('comes back deeply equal with every buffer transferred, and the sender keeps none', async () => {
    const snapshot = await sampleSnapshot();
    const reference = structuredClone(snapshot);
    const wire = snapshotToWire(snapshot);
    expect(wire.dataset.table.columns.kind).toBe('packed');
    const arrived = structuredClone(wire, { transfer: snapshotBuffers(wire) });
    expect(unpacked(arrived).snapshot).toEqual(reference);
    // Transferred, not copied: the sender's table and predictions are detached.
    expect(columnArrays(snapshot).every((array) => array.byteLength === 0)).toBe(true);
    const predictions = Object.values(snapshot.runs[0]!.outcome.predictions).filter((value) =>
      ArrayBuffer.isView(value),
    );
    expect(predictions.length).toBeGreaterThan(0);
    expect(predictions.every((array) => array.byteLength === 0)).toBe(true);
  });

  it('sends a table whose text UTF-8 cannot carry as plain columns, unchanged', async () => {
    const snapshot = withLoneSurrogate(await sampleSnapshot());
    const wire = snapshotToWire(snapshot);
    expect(wire.dataset.table.columns.kind).toBe('plain');
    const back = unpacked(structuredClone(wire)).snapshot;
    const segment = back.dataset.table.columns.find((c) => c.name === 'segment');
    expect(segment?.levels?.[0]).toBe('\uD800 gold');
    expect(back).toEqual(snapshot);
  });

  it('offers a pause between chunks of strings, so the page can unpack in short tasks', async () => {
    const snapshot = await sampleSnapshot();
    const { pauses } = unpacked(snapshotToWire(snapshot));
    expect(pauses).toBeGreaterThan(0);
  });
});
