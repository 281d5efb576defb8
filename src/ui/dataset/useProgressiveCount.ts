import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render: `first` at once, then `step` more in each following task,
 * starting over when `resetKey` changes. A wide table's cards then mount over a few short tasks
 * instead of one long one that blocks the page.
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
    const timer = setTimeout(() => setState((s) => ({ ...s, shown: s.shown + step })), 0);
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return Math.min(shown, total);
}
