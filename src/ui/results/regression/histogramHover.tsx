import type { Translate } from '../../i18n/useT';
import { ChartTooltip } from '../ChartTooltip';
import type { Placement } from '../XHoverLayer';
import type { HistogramBar } from './chartMath';

/** The hovered bin: a light band over its whole height, as Recharts' tooltip cursor drew. */
export function binHighlight(bar: HistogramBar | undefined, { toX, top, bottom }: Placement) {
  const left = bar && toX(bar.from);
  const right = bar && toX(bar.to);
  if (left === undefined || right === undefined) return null;
  return (
    <rect
      className="chart-active-point"
      x={left}
      y={top}
      width={Math.max(0, right - left)}
      height={Math.max(0, bottom - top)}
      fill="#999999"
      fillOpacity={0.25}
    />
  );
}

/** The hover card of a bin: its residual range, rows in it and the normal curve there. */
export function binTooltip(
  bar: HistogramBar | undefined,
  format: (value: number) => string,
  t: Translate,
) {
  if (!bar) return null;
  return (
    <ChartTooltip
      row={null}
      title={`${format(bar.from)} … ${format(bar.to)}`}
      lines={[
        { label: t('results.rowsAxis'), value: String(bar.count) },
        ...(bar.normal === null
          ? []
          : [{ label: t('results.normalCurve'), value: format(bar.normal) }]),
      ]}
    />
  );
}
