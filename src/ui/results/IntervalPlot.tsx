import { useMemo, type PointerEvent, type ReactNode } from 'react';
import { BAR_COLOUR, BEST_COLOUR, REFERENCE_COLOUR } from './chartPalette';
import { fitLabel, layoutIntervals, rowAt, type IntervalRow } from './intervalGeometry';
import { PointTooltip } from './PointTooltip';
import { usePlotSurface } from './usePlotSurface';
import { PlotSvg } from './PlotSvg';

/** Room under the plot for the tick labels and the axis title. */
const BOTTOM = 40;
const TOP = 8;
const RIGHT = 24;
/** Average width of a label character at 12px, to cut labels that would not fit. */
const CHAR_WIDTH = 6.6;
const TEXT_COLOUR = '#4b5563';
const GRID_COLOUR = '#d1d5db';
const WHISKER_COLOUR = '#1f2937';

interface IntervalPlotProps<T extends IntervalRow> {
  readonly rows: readonly T[];
  /** 'bar': a bar from zero to each value; 'dot': a dot at the value. Whiskers either way. */
  readonly mark: 'bar' | 'dot';
  readonly height: number;
  /** Pixels for the row labels on the left. */
  readonly labelWidth: number;
  readonly axisTitle: string;
  /** The chart's name (the figure's caption), read out for the focusable surface. */
  readonly title: string;
  readonly formatTick: (value: number) => string;
  readonly tooltip: (row: T) => ReactNode;
  /** A dashed line across the rows at a value (e.g. the baseline), with its name. */
  readonly reference?: { readonly value: number; readonly label: string } | null;
}

/**
 * A list of values with intervals (coefficients with their CIs, importances ± std) as plain SVG:
 * one path per kind of mark instead of a chart library's element per bar, so it mounts in a few
 * milliseconds. Hovering a row, or arrow keys on the focused surface, show its tooltip.
 */
export function IntervalPlot<T extends IntervalRow>(props: IntervalPlotProps<T>) {
  const { rows, mark, height, labelWidth, formatTick } = props;
  const reference = props.reference ?? null;
  // The width from the observer's first report, not measured as the figure mounts (a forced
  // layout of the page in that task): the plot draws in a task of its own, like the charts'.
  const { width, active, setActive, setSurface, host, bindHost } = usePlotSurface(
    rows.length,
    false,
  );
  const layout = useMemo(
    () =>
      layoutIntervals(
        rows,
        {
          width,
          height,
          left: labelWidth,
          top: TOP,
          right: RIGHT,
          bottom: BOTTOM,
        },
        reference?.value ?? null,
      ),
    [rows, width, height, labelWidth, reference?.value],
  );
  const plotBottom = height - BOTTOM;
  const maxChars = Math.floor((labelWidth - 12) / CHAR_WIDTH);
  const activeRow = active === null ? undefined : rows[active];
  const activeY = active === null ? undefined : layout.rowY[active];
  const activeX = active === null ? undefined : layout.rowX[active];
  const plotWidth = Math.max(0, width - labelWidth - RIGHT);
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const top = event.currentTarget.getBoundingClientRect().top;
    setActive(rowAt(event.clientY - top + TOP, layout, TOP));
  };
  return (
    <div className="interval-plot" ref={bindHost}>
      {width > 0 && (
        <PlotSvg surface={setSurface} width={width} height={height} title={props.title}>
          <path d={layout.grid} stroke={GRID_COLOUR} strokeDasharray="3 3" fill="none" />
          {activeY !== undefined && (
            <rect
              className="chart-active-point"
              x={labelWidth}
              y={activeY - layout.rowHeight / 2}
              width={plotWidth}
              height={layout.rowHeight}
              fill="#e5e7eb"
            />
          )}
          {mark === 'bar' && <path d={layout.bars} fill={BAR_COLOUR} />}
          {mark === 'bar' && <path d={layout.highlightBars} fill={BEST_COLOUR} />}
          <path d={`M${layout.zeroX},${TOP}V${plotBottom}`} stroke={REFERENCE_COLOUR} />
          {reference && layout.referenceX !== null && (
            <g className="chart-reference">
              <path
                d={`M${layout.referenceX},${TOP}V${plotBottom}`}
                stroke={REFERENCE_COLOUR}
                strokeDasharray="5 4"
              />
              <text x={layout.referenceX + 4} y={TOP + 10} fontSize={12} fill={TEXT_COLOUR}>
                {reference.label}
              </text>
            </g>
          )}
          <path d={layout.whiskers} stroke={WHISKER_COLOUR} fill="none" />
          {mark === 'dot' && <path d={layout.dots} fill={BAR_COLOUR} stroke={WHISKER_COLOUR} />}
          <path d={`M${labelWidth},${plotBottom}H${width - RIGHT}`} stroke={TEXT_COLOUR} />
          <g fontSize={12} fill={TEXT_COLOUR}>
            {rows.map((row, index) => (
              <text
                key={index}
                x={labelWidth - 8}
                y={layout.rowY[index]}
                textAnchor="end"
                dominantBaseline="central"
              >
                {fitLabel(row.label, maxChars)}
              </text>
            ))}
            {layout.ticks.map((tick) => (
              <text key={tick.value} x={tick.x} y={plotBottom + 16} textAnchor="middle">
                {formatTick(tick.value)}
              </text>
            ))}
            <text x={labelWidth + plotWidth / 2} y={height - 4} textAnchor="middle">
              {props.axisTitle}
            </text>
          </g>
          <rect
            className="chart-hit-area"
            x={labelWidth}
            y={TOP}
            width={plotWidth}
            height={Math.max(0, plotBottom - TOP)}
            fill="transparent"
            onPointerMove={onPointerMove}
            onPointerLeave={() => setActive(null)}
          />
        </PlotSvg>
      )}
      {activeRow && activeX !== undefined && activeY !== undefined && host && (
        <PointTooltip host={host} x={activeX} y={activeY} width={width} height={height}>
          {props.tooltip(activeRow)}
        </PointTooltip>
      )}
    </div>
  );
}
