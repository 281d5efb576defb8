import { useEffect, useState } from 'react';
import { enqueueMountStep } from '../app/mountSteps';

/**
 * How many of `total` items to render: `first` at once, then `step` more per mount step (see
 * mountSteps: one step per task, after the last step's frame), starting over when `resetKey`
 * changes. A wide table's cards then mount over a few short tasks instead of one long one, and
 * the dataset view's stages, cards and grid rows never render in one task together.
 */
export function useProgressiveCount(
  total: number,
  first: number,
  step: number,
  resetKey: unknown,
): number {
  const [state, setState] = useState({ resetKey, shown: first });
  // Adjusting state while rendering (React's pattern for state that follows a prop).
  if (state.resetKey !== resetKey) setState({ resetKey, shown: first });
  const shown = state.resetKey === resetKey ? state.shown : first;
  useEffect(() => {
    if (shown >= total) return;
    return enqueueMountStep(() => setState((s) => ({ ...s, shown: s.shown + step })));
  }, [shown, total, step]);
  return Math.min(shown, total);
}
