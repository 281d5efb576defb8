// worker_threads that do the app's part-worker work for the "ours, N parts" bench row. The bench's
// run() is synchronous, so the main thread posts requests, sleeps in Atomics.wait until each is
// counted done, then takes the replies with receiveMessageOnPort. Each thread reads its part of
// the file itself; buffers are transferred and typed columns' strings sent as bytes (see
// typedColumnWire.ts), as between the app's workers.
import { closeSync, openSync, readSync } from 'node:fs';
import {
  MessageChannel,
  Worker,
  isMainThread,
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import { NEEDS_MORE_BYTES, parseCsvPart } from '../src/core/data/csv/csvPartParser';
import { csvPartBuffers, type CsvPart, type CsvPartTask } from '../src/core/data/csv/csvPartTypes';
import {
  byTypingWork,
  columnTypingBuffers,
  typeColumnParts,
  type ColumnTypingTask,
  type TypedColumn,
} from '../src/core/data/csv/typeColumnParts';
import {
  typedColumnBuffers,
  typedColumnFromWire,
  typedColumnToWire,
  type TypedColumnOnWire,
} from '../src/core/data/csv/typedColumnWire';

interface ThreadData {
  readonly role: 'csv-part-thread';
  readonly done: SharedArrayBuffer;
  readonly replies: MessagePort;
}

/** A part of the file at `path` (the thread reads its bytes, as a browser worker reads its slice of the File), or a column to type. */
type Request =
  | { kind: 'part'; task: CsvPartTask; path: string; fileSize: number; overread: number }
  | { kind: 'type'; task: ColumnTypingTask };

type Reply = CsvPart | { readonly needsMore: CsvPartTask } | { readonly typed: TypedColumnOnWire };

function answer(request: Request, replies: MessagePort): void {
  if (request.kind === 'type') {
    // Strings packed into one buffer, as the app's part workers send them.
    const typed = typedColumnToWire(typeColumnParts(request.task));
    replies.postMessage({ typed }, typedColumnBuffers(typed));
    return;
  }
  const { task, path, fileSize, overread } = request;
  const end = task.to === null ? fileSize : Math.min(fileSize, task.to + overread);
  const bytes = new Uint8Array(end - task.from);
  const file = openSync(path, 'r');
  try {
    readSync(file, bytes, 0, bytes.length, task.from);
  } finally {
    closeSync(file);
  }
  const part = parseCsvPart(bytes, task.from, task, end >= fileSize);
  if (part === NEEDS_MORE_BYTES) replies.postMessage({ needsMore: task });
  else replies.postMessage(part, csvPartBuffers(part));
}

if (!isMainThread && (workerData as ThreadData | null)?.role === 'csv-part-thread') {
  const data = workerData as ThreadData;
  const done = new Int32Array(data.done);
  parentPort?.on('message', (request: Request) => {
    answer(request, data.replies);
    Atomics.add(done, 0, 1);
    Atomics.notify(done, 0);
  });
}

function startThread(done: Int32Array) {
  const { port1, port2 } = new MessageChannel();
  const data: ThreadData = {
    role: 'csv-part-thread',
    done: done.buffer as SharedArrayBuffer,
    replies: port2,
  };
  // tsx's loader hooks do not reach worker threads by themselves: register them first.
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const self = JSON.stringify(import.meta.url);
  const entry = `import(${loader}).then((tsx) => { tsx.register(); return import(${self}); })`;
  const worker = new Worker(entry, { eval: true, workerData: data, transferList: [port2] });
  worker.unref();
  return { worker, replies: port1 };
}

/** Columns each thread holds at once, the one it types and the next (as the app's pool does). */
const COLUMNS_IN_FLIGHT = 2;

/** `count` threads that parse parts and type columns, answering synchronously. */
export function startPartThreads(count: number) {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const threads = Array.from({ length: count }, () => startThread(done));
  /** Sleeps until `count` requests since the last reset are done. */
  const waitFor = (completed: number) => {
    for (let seen = Atomics.load(done, 0); seen < completed; seen = Atomics.load(done, 0)) {
      Atomics.wait(done, 0, seen);
    }
  };
  const repliesOf = (thread: (typeof threads)[number]): Reply[] => {
    const replies: Reply[] = [];
    for (
      let m = receiveMessageOnPort(thread.replies);
      m;
      m = receiveMessageOnPort(thread.replies)
    ) {
      replies.push(m.message as Reply);
    }
    return replies;
  };

  /** Parses a batch of parts of the file at `path`, reading on where a part needs more bytes. */
  function parts(path: string, fileSize: number, tasks: readonly CsvPartTask[]): CsvPart[] {
    const parsed = new Map<number, CsvPart>();
    let pending = tasks;
    for (let overread = 1 << 16; pending.length > 0; overread *= 16) {
      Atomics.store(done, 0, 0);
      pending.forEach((task, i) => {
        const request: Request = { kind: 'part', task, path, fileSize, overread };
        threads[i % count]!.worker.postMessage(request);
      });
      waitFor(pending.length);
      const needMore: CsvPartTask[] = [];
      for (const reply of threads.flatMap(repliesOf)) {
        if ('needsMore' in reply) needMore.push(reply.needsMore);
        else if ('index' in reply) parsed.set(reply.index, reply);
      }
      pending = needMore;
    }
    return tasks.map((task) => parsed.get(task.index)!);
  }

  /**
   * Types the columns, most work first, each on whichever thread is free (as the app does): every
   * thread holds one column ahead, so it goes on while this thread unpacks what came back.
   */
  function typeColumns(tasks: readonly ColumnTypingTask[]): TypedColumn[] {
    const queue = byTypingWork(tasks);
    const typed: TypedColumn[] = [];
    const giveWork = (thread: (typeof threads)[number]) => {
      const task = queue.shift();
      if (task !== undefined) {
        thread.worker.postMessage({ kind: 'type', task }, columnTypingBuffers(task));
      }
    };
    Atomics.store(done, 0, 0);
    for (let held = 0; held < COLUMNS_IN_FLIGHT; held++) threads.forEach(giveWork);
    while (typed.length < tasks.length) {
      waitFor(typed.length + 1);
      const arrived: TypedColumnOnWire[] = [];
      for (const thread of threads) {
        for (const reply of repliesOf(thread)) {
          if ('typed' in reply) arrived.push(reply.typed);
          giveWork(thread);
        }
      }
      for (const wire of arrived) typed.push(typedColumnFromWire(wire));
    }
    return typed;
  }

  return { parts, typeColumns };
}
