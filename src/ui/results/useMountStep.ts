import { startTransition, useEffect, useState } from 'react';
import { enqueueMountStep } from '../app/mountSteps';

/**
 * False until the page's mount queue gives this component a task of its own (see mountSteps),
 * then true: what renders behind it starts rendering in that task, apart from everything else,
 * as a transition (React renders it in slices that yield to the page; only the commit is one
 * piece). The step is queued once `after` is true (a step that must follow another one); with
 * `wanted` false it is true at once and nothing is queued.
 */
export function useMountStep(wanted = true, after = true): boolean {
  const [stepped, setStepped] = useState(!wanted);
  const waiting = wanted && after && !stepped;
  useEffect(
    () => (waiting ? enqueueMountStep(() => startTransition(() => setStepped(true))) : undefined),
    [waiting],
  );
  return stepped || !wanted;
}
