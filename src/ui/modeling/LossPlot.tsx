import { useMemo, type PointerEvent } from 'react';
import type { LossPoint } from '../../core/training/trainingTypes';
import { useT } from '../i18n/useT';
import { ChartLegend } from '../results/ChartLegend';
import { LEGEND_HEIGHT, type LegendEntry } from '../results/chartLegendEntries';
import { PART_COLOURS } from '../results/chartPalette';
import { nearestIndex } from '../results/hoverIndex';
import { DASHED_LINE } from '../results/LineLayer';
import { linePath } from '../results/pointGeometry';
import { PointTooltip } from '../results/PointTooltip';
import { niceAxisOver } from '../results/regression/chartMath';
import { usePlotSurface } from '../results/usePlotSurface';
import { logAxis } from './logAxis';
import { gridPath, linearScale, logScale, type PlotBox } from '../results/plotScales';
import { lossHighlight, lossTooltip } from './lossHover';
import { PlotSvg } from '../results/PlotSvg';

const MARGIN = { top: 8 + LEGEND_HEIGHT, right: 16, bottom: 40, left: 72 };
const TEXT_COLOUR = '#4b5563';

/** The scales, grid and curves of the loss history at a width: recomputed per epoch batch. */
function layout(history: readonly LossPoint[], width: number, height: number) {
  const box: PlotBox = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left, width - MARGIN.right),
    bottom: height - MARGIN.bottom,
  };
  const epochs = niceAxisOver(history.map((point) => point.epoch));
  const losses = logAxis(history.flatMap((point) => [point.loss, point.valLoss ?? NaN]));
  const toX = linearScale(epochs.domain, box.left, box.right);
  const toY = logScale(losses.domain, box.bottom, box.top);
  const loss = history.map((point) => ({ x: point.epoch, y: point.loss }));
  const valLoss = history.flatMap((point) =>
    point.valLoss === null ? [] : [{ x: point.epoch, y: point.valLoss }],
  );
  return {
    box,
    epochs,
    losses,
    toX,
    toY,
    grid: gridPath(box, epochs.ticks, losses.ticks, toX, toY),
    lossPath: linePath(loss, toX, toY),
    valLossPath: linePath(valLoss, toX, toY),
    positions: history.map((point) => toX(point.epoch) ?? NaN),
  };
}

/** Losses on the axis: exact 1-2-5 decimals, so their plain text is short. */
const tickText = (value: number) => String(value);

/**
 * The loss curves as plain SVG: our axes, grid and two paths, so a new batch of epochs while the
 * model trains re-renders a few elements (a Recharts chart ran its whole store again) and the
 * first draw is a few milliseconds. Hover and arrow keys pick the nearest epoch.
 */
export function LossPlot(props: {
  readonly history: readonly LossPoint[];
  readonly title: string;
  readonly height: number;
  readonly legend: readonly LegendEntry[];
}) {
  const { history, height } = props;
  const t = useT();
  // The plot waits for the observer's first report (false): it draws in a task of its own.
  const { width, active, setActive, setSurface, host, bindHost } = usePlotSurface(
    history.length,
    false,
  );
  const drawn = useMemo(() => layout(history, width, height), [history, width, height]);
  const { box, toX, toY } = drawn;
  const hasValidation = history.some((point) => point.valLoss !== null);
  // A new epoch may have arrived under a held index: keep it in range.
  const shown = active !== null && active < history.length ? active : null;
  const point = shown === null ? undefined : history[shown];
  const anchorY = point ? toY(point.loss) : undefined;
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const left = event.currentTarget.getBoundingClientRect().left;
    setActive(nearestIndex(drawn.positions, event.clientX - left + box.left));
  };
  return (
    <div className="chart-plot" ref={bindHost} style={{ height }}>
      {width > 0 && (
        <PlotSvg surface={setSurface} width={width} height={height} title={props.title}>
          <path
            d={drawn.grid}
            className="chart-grid"
            fill="none"
            stroke="#ccc"
            strokeDasharray="3 3"
          />
          <path
            d={`M${box.left},${box.top}V${box.bottom}H${box.right}`}
            fill="none"
            stroke={TEXT_COLOUR}
          />
          <path d={drawn.lossPath} fill="none" stroke={PART_COLOURS.train} strokeWidth={2.5} />
          {hasValidation && (
            <path
              d={drawn.valLossPath}
              fill="none"
              stroke={PART_COLOURS.validation}
              strokeWidth={1.5}
              strokeDasharray={DASHED_LINE}
            />
          )}
          <g fontSize={12} fill={TEXT_COLOUR}>
            {drawn.epochs.ticks.map((tick) => (
              <text key={`x${tick}`} x={toX(tick)} y={box.bottom + 16} textAnchor="middle">
                {tickText(tick)}
              </text>
            ))}
            {drawn.losses.ticks.map((tick) => (
              <text
                key={`y${tick}`}
                x={box.left - 6}
                y={toY(tick)}
                textAnchor="end"
                dominantBaseline="central"
              >
                {tickText(tick)}
              </text>
            ))}
            <text x={(box.left + box.right) / 2} y={height - 4} textAnchor="middle">
              {t('modeling.epoch')}
            </text>
          </g>
          {point && lossHighlight(point, { toX, toY, top: box.top, bottom: box.bottom })}
          <rect
            className="chart-hit-area"
            x={box.left}
            y={box.top}
            width={Math.max(0, box.right - box.left)}
            height={Math.max(0, box.bottom - box.top)}
            fill="transparent"
            onPointerMove={onPointerMove}
            onPointerLeave={() => setActive(null)}
          />
        </PlotSvg>
      )}
      <ChartLegend entries={props.legend} />
      {point && host && (
        <PointTooltip
          host={host}
          x={toX(point.epoch) ?? 0}
          y={anchorY !== undefined && Number.isFinite(anchorY) ? anchorY : box.top}
          width={width}
          height={height}
        >
          {lossTooltip(point, hasValidation, t)}
        </PointTooltip>
      )}
    </div>
  );
}
