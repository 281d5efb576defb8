/**
 * Test hook: faults a test can ask a worker to suffer, so that the real detection and recovery
 * code can be exercised end to end. They reach a worker only through `faultSwitch.ts`, which is
 * inert unless the page URL has `?inject-faults`; every plan defaults to none.
 */

/** How a worker is made to die: close itself, throw outside any handler, or fail to allocate. */
export type CrashHow = 'close' | 'throw' | 'out-of-memory';

/** A training worker's fault, triggered once `afterEpoch` epochs have finished (0: at the start). */
export type TrainFault =
  | {
      /** Loses tfjs's own WebGL context (WEBGL_lose_context) or destroys its WebGPU device. */
      readonly kind: 'lose-backend';
      readonly afterEpoch: number;
    }
  | { readonly kind: 'crash'; readonly how: CrashHow; readonly afterEpoch: number };

/** A worker's crash: the import worker's when an import starts, the results worker's before a call. */
export interface CrashFault {
  readonly kind: 'crash';
  readonly how: CrashHow;
}
export type ImportFault = CrashFault;

/** Keeping the project fails as on a full disk, inside the write itself, until disarmed. */
export interface ProjectFault {
  readonly kind: 'storage-full';
}

let allocated: Float64Array | null = null;

/** Makes the current worker die the way `how` says (worker side only). */
export function crashWorker(how: CrashHow): void {
  if (how === 'close') {
    self.close();
  } else if (how === 'throw') {
    // Thrown from a timer, so nothing catches it: the page sees the worker's `error` event.
    setTimeout(() => {
      throw new Error('injected worker crash');
    });
  } else {
    // A real allocation V8 refuses (far beyond any heap), not a simulated error; kept in a
    // module variable so that the minifier cannot drop it as unused.
    allocated = new Float64Array(2 ** 50);
  }
  if (allocated !== null) throw new Error(`allocated ${allocated.length} numbers`);
}
