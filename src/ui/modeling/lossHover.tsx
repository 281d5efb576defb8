import type { LossPoint } from '../../core/training/trainingTypes';
import type { Translate } from '../i18n/useT';
import { PART_COLOURS } from '../results/chartPalette';
import { ChartTooltip } from '../results/ChartTooltip';
import type { ToPixel } from '../results/pointGeometry';
import type { Placement } from '../results/XHoverLayer';
import { formatMetric } from './headlineMetrics';

/** The hover card of an epoch: its number, the training loss and the validation loss if any. */
export function lossTooltip(point: LossPoint, hasValidation: boolean, t: Translate) {
  return (
    <ChartTooltip
      row={null}
      title={`${t('modeling.epoch')} ${point.epoch}`}
      lines={[
        { label: t('modeling.loss'), value: formatMetric(point.loss) },
        ...(hasValidation
          ? [{ label: t('modeling.valLoss'), value: formatMetric(point.valLoss) }]
          : []),
      ]}
    />
  );
}

/** Where a value sits in pixels, or null when the scale cannot place it (e.g. 0 on a log axis). */
function placed(toPixel: ToPixel, value: number | null): number | null {
  if (value === null) return null;
  const pixel = toPixel(value);
  return pixel !== undefined && Number.isFinite(pixel) ? pixel : null;
}

/** The hovered epoch on the plot: a vertical cursor and a dot on each curve. */
export function lossHighlight(point: LossPoint, { toX, toY, top, bottom }: Placement) {
  const x = placed(toX, point.epoch);
  if (x === null) return null;
  const dots: [string, number | null][] = [
    [PART_COLOURS.train, placed(toY, point.loss)],
    [PART_COLOURS.validation, placed(toY, point.valLoss)],
  ];
  return (
    <g className="chart-active-point">
      <path d={`M${x},${top}V${bottom}`} stroke="#999" strokeDasharray="3 3" />
      {dots.map(([colour, y]) =>
        y === null ? null : (
          <circle key={colour} cx={x} cy={y} r={4} fill={colour} stroke="#ffffff" strokeWidth={2} />
        ),
      )}
    </g>
  );
}
