import { useCallback, useState } from 'react';

/**
 * The width in CSS pixels of the element given to the returned ref callback, kept up to date by
 * a ResizeObserver (0 until it is measured).
 */
export function useElementWidth(): readonly [
  number,
  (element: HTMLElement | null) => void | (() => void),
] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.observe(element);
    // React 19 calls a ref callback's cleanup when the element goes.
    return () => observer.disconnect();
  }, []);
  return [width, ref];
}
