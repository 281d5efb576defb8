import { useCallback, useState } from 'react';
import { useElementWidth } from './useElementWidth';
import { usePointKeys } from './usePointKeys';

/** What a plain-SVG plot needs to draw, hover and step through its `count` points by keys. */
export interface PlotSurface {
  readonly width: number;
  readonly active: number | null;
  readonly setActive: (index: number | null) => void;
  /** The focusable SVG surface (its ref callback) that takes the arrow keys. */
  readonly setSurface: (surface: SVGSVGElement | null) => void;
  /** The plot's host element, where the tooltip is placed; null until mounted. */
  readonly host: HTMLDivElement | null;
  /** Ref callback for the host: records it and measures its width. */
  readonly bindHost: (element: HTMLDivElement | null) => void | (() => void);
}

/**
 * The measured width, the highlighted point and the key stepping of a plain-SVG plot (the
 * interval plot, the loss plot). `measureAtOnce` as in `useElementWidth`.
 */
export function usePlotSurface(count: number, measureAtOnce = true): PlotSurface {
  const [width, measure] = useElementWidth(measureAtOnce);
  const [active, setActive] = useState<number | null>(null);
  const [surface, setSurface] = useState<SVGSVGElement | null>(null);
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const bindHost = useCallback(
    (element: HTMLDivElement | null) => {
      setHost(element);
      return measure(element);
    },
    [measure],
  );
  usePointKeys(surface, count, active, setActive);
  return { width, active, setActive, setSurface, host, bindHost };
}
