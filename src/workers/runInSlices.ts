/** Main-thread work per slice before the browser gets a turn (the aim: no task over 50 ms). */
const SLICE_MS = 8;

/** Lets the browser run other tasks (input, rendering) before going on; no 4 ms clamp. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a generator that yields between small steps, in tasks of about SLICE_MS each, so that
 * long main-thread work (unpacking a million strings) never blocks input or rendering.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
