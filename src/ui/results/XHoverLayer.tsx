import { useCallback, useMemo, useState, type PointerEvent, type ReactNode } from 'react';
import { DefaultZIndexes } from 'recharts';
import { ChartLayer } from './ChartLayer';
import { useChartScales } from './chartScales';
import { nearestIndex, nearestPoint } from './hoverIndex';
import type { ToPixel } from './pointGeometry';
import { PointTooltip } from './PointTooltip';
import { usePointKeys } from './usePointKeys';

const NOWHERE: ToPixel = () => undefined;

/** The chart's scales and the plot's top and bottom edge, in pixels. */
export interface Placement {
  readonly toX: ToPixel;
  readonly toY: ToPixel;
  readonly top: number;
  readonly bottom: number;
}

interface XHoverLayerProps {
  /** The x (data units, ascending) of each item: an epoch, a bin's middle. */
  readonly xs: readonly number[];
  /**
   * The y (data units) of each item, for items that are points on curves (ROC): the pointer then
   * picks the point nearest in both directions, and `xs` need not ascend.
   */
  readonly ys?: readonly number[];
  /** The y (data units) the hover card sits beside for an item. */
  readonly anchorY: (index: number) => number;
  /** What marks the hovered item on the plot, drawn with the chart's scales (pixels). */
  readonly highlight: (index: number, place: Placement) => ReactNode;
  /** The hover card of an item. */
  readonly tooltip: (index: number) => ReactNode;
}

/**
 * Hover by x for a chart whose marks are our own layers (a loss curve, histogram bars): the item
 * nearest the pointer's x (with `ys`, the nearest point) is highlighted and its card shown, arrow
 * keys step through the items in their order on the focused chart. In place of Recharts' Tooltip,
 * which registers in the chart's store and re-renders the chart's series on every pointer move.
 */
export function XHoverLayer({ xs, ys, anchorY, highlight, tooltip }: XHoverLayerProps) {
  const scales = useChartScales();
  const toX = scales?.toX ?? NOWHERE;
  const toY = scales?.toY ?? NOWHERE;
  const positions = useMemo(() => xs.map((x) => toX(x) ?? NaN), [xs, toX]);
  const heights = useMemo(() => ys?.map((y) => toY(y) ?? NaN), [ys, toY]);
  const [active, setActive] = useState<number | null>(null);
  const [surface, setSurface] = useState<SVGSVGElement | null>(null);
  // Stable, so React does not detach and reattach it on every render.
  const bindSurface = useCallback(
    (rect: SVGRectElement | null) => setSurface(rect?.ownerSVGElement ?? null),
    [],
  );
  usePointKeys(surface, xs.length, active, setActive);
  if (!scales) return null;
  const { area: plot, width, height } = scales;
  // The items may have changed under a held index (a new epoch streamed in): keep it in range.
  const shown = active !== null && active < xs.length ? active : null;
  const anchorX = shown === null ? undefined : positions[shown];
  const anchorPy = shown === null ? undefined : toY(anchorY(shown));
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left + plot.x;
    const y = event.clientY - box.top + plot.y;
    setActive(heights ? nearestPoint(positions, heights, x, y) : nearestIndex(positions, x));
  };
  return (
    <>
      <ChartLayer zIndex={DefaultZIndexes.activeDot}>
        {shown !== null &&
          highlight(shown, { toX, toY, top: plot.y, bottom: plot.y + plot.height })}
        <rect
          ref={bindSurface}
          className="chart-hit-area"
          x={plot.x}
          y={plot.y}
          width={Math.max(0, plot.width)}
          height={Math.max(0, plot.height)}
          fill="transparent"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
        />
      </ChartLayer>
      {shown !== null && anchorX !== undefined && surface?.parentElement && (
        <PointTooltip
          host={surface.parentElement}
          x={anchorX}
          y={anchorPy !== undefined && Number.isFinite(anchorPy) ? anchorPy : plot.y}
          width={width}
          height={height}
        >
          {tooltip(shown)}
        </PointTooltip>
      )}
    </>
  );
}
