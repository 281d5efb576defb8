import * as Comlink from 'comlink';
import type { CsvPartTask } from '../core/data/csv/csvPartTypes';
import {
  byTypingWork,
  columnTypingBuffers,
  type TypedColumn,
} from '../core/data/csv/typeColumnParts';
import { typedColumnFromWire } from '../core/data/csv/typedColumnWire';
import type { ColumnTyper, CsvPartRunner } from '../core/data/importStream';
import type { ColumnProfile } from '../core/data/profileTypes';
import type { Column } from '../core/data/table';
import type { CsvPartWorkerApi, ProfiledColumn } from './csvPartApi';

/** Part workers beyond this gain little: the file is read and the table sent on by one thread. */
const MAX_WORKERS = 4;

/** Parts worth parsing side by side on this machine (1 means one go). */
export function partsForCores(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores ?? 1));
}

interface PartWorker {
  readonly worker: Worker;
  readonly api: Comlink.Remote<CsvPartWorkerApi>;
  /** Rejects when the worker dies (an error, out of memory), so no call hangs. */
  readonly crashed: Promise<never>;
}

function startPartWorker(): PartWorker {
  const worker = new Worker(new URL('./csvPart.worker.ts', import.meta.url), { type: 'module' });
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'part worker crashed')));
    worker.addEventListener('messageerror', () => reject(new Error('unreadable message')));
  });
  crashed.catch(() => {}); // observed by whichever call races it
  return { worker, api: Comlink.wrap<CsvPartWorkerApi>(worker), crashed };
}

/**
 * Up to `size` workers for one import, started from the import worker on first use: they parse
 * the parts, then merge, type and profile the columns. close() ends them; terminating the import
 * worker ends them too, as nested workers die with their owner.
 */
export class CsvPartPool {
  private readonly workers: PartWorker[] = [];
  private readonly profiles = new WeakMap<Column, ColumnProfile>();

  constructor(
    private readonly file: File,
    private readonly size: number,
  ) {}

  readonly runParts: CsvPartRunner = (tasks, onProgress) =>
    Promise.all(
      tasks.map((task: CsvPartTask, i) => {
        const { api, crashed } = this.worker(i);
        const progress = Comlink.proxy((parsed: number) => onProgress(task, parsed));
        return Promise.race([api.parsePart(this.file, task, progress), crashed]);
      }),
    );

  /**
   * Each column goes, most work first, to whichever worker is free. A worker holds the next column
   * while it types one, so it goes on while this thread unpacks what came back.
   */
  readonly typeColumns: ColumnTyper = async (tasks) => {
    const queue = byTypingWork(tasks);
    const typed: TypedColumn[] = [];
    const drain = async (slot: number) => {
      const { api, crashed } = this.worker(slot);
      const held: Promise<ProfiledColumn>[] = [];
      const hold = () => {
        const task = queue.shift();
        if (task === undefined) return;
        const sent = Comlink.transfer(task, columnTypingBuffers(task));
        const typing = Promise.race([api.typeColumn(sent), crashed]);
        typing.catch(() => {}); // a crash is observed by the await of the column before it
        held.push(typing);
      };
      hold();
      hold();
      for (let next = held.shift(); next !== undefined; next = held.shift()) {
        const done = await next;
        hold();
        const column = typedColumnFromWire(done.typed);
        this.profiles.set(column.column, done.profile);
        typed.push(column);
      }
    };
    const slots = Math.min(this.size, queue.length);
    await Promise.all(Array.from({ length: slots }, (_, slot) => drain(slot)));
    return typed;
  };

  /** The profile a worker made of a column it typed. */
  profileOf(column: Column): ColumnProfile | undefined {
    return this.profiles.get(column);
  }

  close(): void {
    for (const { worker } of this.workers) worker.terminate();
    this.workers.length = 0;
  }

  private worker(index: number): PartWorker {
    const slot = index % this.size;
    while (this.workers.length <= slot) this.workers.push(startPartWorker());
    return this.workers[slot]!;
  }
}
