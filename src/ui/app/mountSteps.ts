/*
 * One queue for every part of the page that mounts in steps (Staggered charts, the dataset view's
 * stages, its profile cards, the grid's rows): one step per task, after the page has drawn the
 * last step's frames, so that two steps never share a task and a step never shares one with the
 * layout and paint of the one before.
 */

/** Steps waiting for a task of their own, in order. */
const queue: (() => void)[] = [];
let scheduled = false;
/** A hidden page draws no frames: the next step comes after this long at the latest (ms). */
const FRAME_FALLBACK_MS = 1000;

/**
 * Runs the next step once the page has drawn two frames: by then React has also rendered what
 * the last step set off in tasks of its own (a chart's second render, once it knows its size),
 * so that work never shares a task with the next step.
 */
function scheduleNextStep(): void {
  scheduled = true;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(runNextStep, 0);
  };
  // Two frames: a chart learns its size from a ResizeObserver during the first one.
  requestAnimationFrame(() => requestAnimationFrame(start));
  setTimeout(start, FRAME_FALLBACK_MS);
}

function runNextStep(): void {
  scheduled = false;
  queue.shift()?.();
  if (queue.length > 0) scheduleNextStep();
}

/** Runs `step` in a later task, one step per task across the page; returns a cancel. */
export function enqueueMountStep(step: () => void): () => void {
  queue.push(step);
  if (!scheduled) scheduleNextStep();
  return () => {
    const index = queue.indexOf(step);
    if (index >= 0) queue.splice(index, 1);
  };
}
