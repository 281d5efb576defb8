import { Children, useEffect, useState, type ReactNode } from 'react';

/** Steps waiting for a task of their own, from every Staggered on the page, in order. */
const queue: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

function runNextStep(): void {
  timer = null;
  queue.shift()?.();
  if (queue.length > 0) timer = setTimeout(runNextStep, 0);
}

/** Runs `step` in a later task, one step per task across all Staggered; returns a cancel. */
function enqueueStep(step: () => void): () => void {
  queue.push(step);
  timer ??= setTimeout(runNextStep, 0);
  return () => {
    const index = queue.indexOf(step);
    if (index >= 0) queue.splice(index, 1);
  };
}

/**
 * Mounts its children one per task instead of all in one commit, so a screen of charts does not
 * block the main thread in one long task. Nested and side-by-side Staggered share one queue, so
 * two of them never mount a child in the same task. Remount (change `key`) to start again for
 * new data.
 */
export function Staggered({ children }: { readonly children: ReactNode }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= items.length) return;
    return enqueueStep(() => setShown((count) => count + 1));
  }, [shown, items.length]);
  return <>{items.slice(0, shown)}</>;
}
