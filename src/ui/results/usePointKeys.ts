import { useEffect } from 'react';

/** The index a key moves to from `current` among `count` points (null: hide; undefined: not ours). */
export function stepIndex(
  key: string,
  current: number | null,
  count: number,
): number | null | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current === null ? 0 : Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current === null ? last : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

/**
 * Arrow keys, Home and End on the focused chart surface step the highlighted point (left to
 * right); Escape or leaving the chart hides it. Listens on the focusable chart SVG.
 */
export function usePointKeys(
  surface: SVGSVGElement | null,
  count: number,
  active: number | null,
  setActive: (index: number | null) => void,
): void {
  useEffect(() => {
    if (!surface) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== surface || event.altKey || event.ctrlKey || event.metaKey) return;
      const next = stepIndex(event.key, active, count);
      if (next === undefined) return;
      event.preventDefault();
      setActive(next);
    };
    const onBlur = () => setActive(null);
    surface.addEventListener('keydown', onKeyDown);
    surface.addEventListener('blur', onBlur);
    return () => {
      surface.removeEventListener('keydown', onKeyDown);
      surface.removeEventListener('blur', onBlur);
    };
  }, [surface, count, active, setActive]);
}
