import { useEffect, useState } from 'react';
import { enqueueMountStep } from '../app/mountSteps';

/**
 * False until the page's mount queue gives this component a task of its own (see mountSteps),
 * then true: what renders behind it mounts in that task, apart from everything else. Not as a
 * transition: a Recharts chart's store notifies its subscribers in the next animation frame, and
 * a store change during a sliced (transition) render makes React finish that render at once,
 * inside the frame's task, with the frame's layout and paint (traces: 135-140 ms tasks); a plain
 * update keeps each step's render and commit in its own task. The step is queued once `after` is
 * true (a step that must follow another one); with `wanted` false it is true at once and nothing
 * is queued.
 */
export function useMountStep(wanted = true, after = true): boolean {
  const [stepped, setStepped] = useState(!wanted);
  const waiting = wanted && after && !stepped;
  useEffect(() => (waiting ? enqueueMountStep(() => setStepped(true)) : undefined), [waiting]);
  return stepped || !wanted;
}
