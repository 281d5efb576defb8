import { Children, useEffect, useState, type ReactNode } from 'react';

/**
 * Mounts its children one per task instead of all in one commit: Recharts draws every point as
 * an SVG element, and a screen of charts rendered at once blocks the main thread for seconds.
 * Remount (change `key`) to start again for new data.
 */
export function Staggered({ children }: { readonly children: ReactNode }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= items.length) return;
    const timer = setTimeout(() => setShown((count) => count + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, items.length]);
  return <>{items.slice(0, shown)}</>;
}
