import { Children, isValidElement, useEffect, useState, type ReactNode } from 'react';
import { admit, keepPresent, nextToAdmit, type ChildKey } from './staggerKeys';

/** Steps waiting for a task of their own, from every Staggered on the page, in order. */
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

/** Runs `step` in a later task, one step per task across all Staggered; returns a cancel. */
function enqueueStep(step: () => void): () => void {
  queue.push(step);
  if (!scheduled) scheduleNextStep();
  return () => {
    const index = queue.indexOf(step);
    if (index >= 0) queue.splice(index, 1);
  };
}

const keyOf = (child: ReactNode, index: number): ChildKey =>
  isValidElement(child) && child.key !== null ? child.key : `#${index}`;

/**
 * Mounts its children one per task instead of all in one commit, so a screen of charts does not
 * block the main thread in one long task. A child is known by its key: one already on screen
 * stays mounted when its siblings change, and a child with a new key (give a child a key that
 * names its data's state, so that new data mounts it afresh) waits for a task of its own. Nested
 * and side-by-side Staggered share one queue, so two of them never mount a child in one task.
 */
export function Staggered({ children }: { readonly children: ReactNode }) {
  const items = Children.toArray(children);
  const keys = items.map(keyOf);
  const [admitted, setAdmitted] = useState<ReadonlySet<ChildKey>>(() => new Set(keys.slice(0, 1)));
  const current = keepPresent(admitted, keys);
  const pending = nextToAdmit(keys, current);
  // The step prunes with the keys it saw: a change of keys queues it again with the new ones.
  const signature = keys.join('\n');
  useEffect(() => {
    if (pending === null) return;
    const present = signature.split('\n');
    return enqueueStep(() => setAdmitted((was) => admit(was, present, pending)));
  }, [pending, signature]);
  return <>{items.filter((item, index) => current.has(keyOf(item, index)))}</>;
}
