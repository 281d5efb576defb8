import { useCallback, useMemo, useState, type PointerEvent, type ReactNode } from 'react';
import {
  DefaultZIndexes,
  useChartHeight,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  type ScaleFunction,
} from 'recharts';
import { PART_COLOURS, PART_SHAPES } from './chartPalette';
import type { PartSeries } from './groupByPart';
import {
  markerPath,
  nearestPoint,
  outermostPoint,
  partPaths,
  placePoints,
  type ChartPoint,
  type ToPixel,
} from './pointGeometry';
import { PointTooltip } from './PointTooltip';
import { usePointKeys } from './usePointKeys';

/** How far (pixels) the pointer may be from a point and still show it. */
const HIT_RADIUS = 12;
/** The highlighted point's marker is this much larger than the others (area). */
const ACTIVE_AREA = 160;

interface PointLayerProps<T extends ChartPoint> {
  readonly series: readonly PartSeries<T>[];
  /** The hover card of one point. */
  readonly tooltip: (point: T) => ReactNode;
}

interface Selection {
  readonly among: readonly unknown[];
  readonly index: number;
}

const toPixel =
  (scale: ScaleFunction | undefined): ToPixel =>
  (value) =>
    scale?.(value);

/**
 * The points of a scatter chart, drawn inside the Recharts chart as one SVG path per split part
 * (one element, not one per point), with nearest-point hover and arrow-key stepping for the
 * tooltip. `chart-hit-area` covers the plot; its `data-sample-*` name one real point's pixel
 * position (relative to the hit area) and row, so tests can hover a point.
 */
export function PointLayer<T extends ChartPoint>({ series, tooltip }: PointLayerProps<T>) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const width = useChartWidth() ?? 0;
  const height = useChartHeight() ?? 0;
  const placed = useMemo(
    () => placePoints(series, toPixel(xScale), toPixel(yScale)),
    [series, xScale, yScale],
  );
  const paths = useMemo(() => partPaths(placed), [placed]);
  // The highlighted point, kept with the placement it indexes: a redraw drops it.
  const [selected, setSelected] = useState<Selection | null>(null);
  const active = selected?.among === placed ? selected.index : null;
  const setActive = useCallback(
    (index: number | null) =>
      // Same point as before: keep the state object, so a pointer move over it renders nothing.
      setSelected((previous) => {
        if (index === null) return null;
        const same = previous?.among === placed && previous.index === index;
        return same ? previous : { among: placed, index };
      }),
    [placed],
  );
  const [surface, setSurface] = useState<SVGSVGElement | null>(null);
  // Stable, so React does not detach and reattach it (two state updates) on every render.
  const bindSurface = useCallback(
    (rect: SVGRectElement | null) => setSurface(rect?.ownerSVGElement ?? null),
    [],
  );
  usePointKeys(surface, placed.length, active, setActive);
  if (!plot) return null;
  const sample = outermostPoint(placed, plot.x + plot.width / 2, plot.y + plot.height / 2);
  const samplePoint = sample === null ? undefined : placed[sample];
  const activePoint = active === null ? undefined : placed[active];
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left + plot.x;
    const y = event.clientY - box.top + plot.y;
    setActive(nearestPoint(placed, x, y, HIT_RADIUS));
  };
  return (
    <>
      {/* Just under the scatter layer, where trend and fit lines (Scatters) are drawn over them. */}
      <ZIndexLayer zIndex={DefaultZIndexes.scatter - 1}>
        <g className="chart-points" data-testid="chart-points" aria-hidden="true">
          {paths.map(({ part, d, count }) => (
            <path key={part} d={d} fill={PART_COLOURS[part]} data-part={part} data-count={count} />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
        {activePoint && (
          <path
            className="chart-active-point"
            d={markerPath(
              PART_SHAPES[activePoint.part],
              activePoint.px,
              activePoint.py,
              ACTIVE_AREA,
            )}
            fill={PART_COLOURS[activePoint.part]}
            stroke="#ffffff"
            strokeWidth={2}
          />
        )}
        <rect
          ref={bindSurface}
          className="chart-hit-area"
          data-testid="chart-hit-area"
          x={plot.x}
          y={plot.y}
          width={Math.max(0, plot.width)}
          height={Math.max(0, plot.height)}
          fill="transparent"
          {...(samplePoint
            ? {
                'data-sample-x': String(samplePoint.px - plot.x),
                'data-sample-y': String(samplePoint.py - plot.y),
                'data-sample-row': String(samplePoint.datum.row + 1),
              }
            : {})}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
        />
      </ZIndexLayer>
      {activePoint && surface?.parentElement && (
        <PointTooltip
          host={surface.parentElement}
          x={activePoint.px}
          y={activePoint.py}
          width={width}
          height={height}
        >
          {tooltip(activePoint.datum)}
        </PointTooltip>
      )}
    </>
  );
}
