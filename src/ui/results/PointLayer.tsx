import { useCallback, useMemo, useState, type PointerEvent, type ReactNode } from 'react';
import { DefaultZIndexes } from 'recharts';
import { ChartLayer } from './ChartLayer';
import { useChartScales } from './chartScales';
import { PART_COLOURS, PART_SHAPES } from './chartPalette';
import type { PartSeries } from './groupByPart';
import {
  markerPath,
  nearestPoint,
  outermostPoint,
  partPaths,
  placePoints,
  type ChartPoint,
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

const NO_POINTS: readonly never[] = [];

/**
 * The points of a scatter chart (CartesianPlot), drawn as one SVG path per split part
 * (one element, not one per point), with nearest-point hover and arrow-key stepping for the
 * tooltip. `chart-hit-area` covers the plot; its `data-sample-*` name one real point's pixel
 * position (relative to the hit area) and row, so tests can hover a point.
 */
export function PointLayer<T extends ChartPoint>({ series, tooltip }: PointLayerProps<T>) {
  const scales = useChartScales();
  const placed = useMemo(
    () => (scales ? placePoints(series, scales.toX, scales.toY) : NO_POINTS),
    [series, scales],
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
  if (!scales) return null;
  const { area: plot, width, height } = scales;
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
      <ChartLayer zIndex={DefaultZIndexes.scatter - 1}>
        <g className="chart-points" data-testid="chart-points" aria-hidden="true">
          {paths.map(({ part, d, count }) => (
            <path key={part} d={d} fill={PART_COLOURS[part]} data-part={part} data-count={count} />
          ))}
        </g>
      </ChartLayer>
      <ChartLayer zIndex={DefaultZIndexes.activeDot}>
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
      </ChartLayer>
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
