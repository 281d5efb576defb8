import { startTransition, useCallback, useState } from 'react';

/**
 * The width in CSS pixels of the element given to the returned ref callback, kept up to date by
 * a ResizeObserver (0 until it is measured). `atOnce` (the default) measures when the element
 * mounts, which forces a layout and renders again in the same task; false waits for the
 * observer's first report (before the next paint), so what depends on the width renders in a
 * task of its own.
 */
export function useElementWidth(
  atOnce = true,
): readonly [number, (element: HTMLElement | null) => void | (() => void)] {
  const [width, setWidth] = useState(0);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      if (atOnce) setWidth(Math.floor(element.getBoundingClientRect().width));
      const observer = new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        // A transition: React renders what the width draws in slices that yield to the page,
        // rather than one task (only the commit is one piece).
        if (box) startTransition(() => setWidth(Math.floor(box.width)));
      });
      observer.observe(element);
      // React 19 calls a ref callback's cleanup when the element goes.
      return () => observer.disconnect();
    },
    [atOnce],
  );
  return [width, ref];
}
