import { Children, isValidElement, useEffect, useState, type ReactNode } from 'react';
import { enqueueMountStep } from '../app/mountSteps';
import { admit, keepPresent, nextToAdmit, type ChildKey } from './staggerKeys';

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
    return enqueueMountStep(() => setAdmitted((was) => admit(was, present, pending)));
  }, [pending, signature]);
  return <>{items.filter((item, index) => current.has(keyOf(item, index)))}</>;
}
