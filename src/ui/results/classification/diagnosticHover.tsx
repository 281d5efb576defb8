import type { RocPoint } from '../../../core/results/resultTypes';
import type { Translate } from '../../i18n/useT';
import { formatMetric } from '../../modeling/headlineMetrics';
import { ChartTooltip } from '../ChartTooltip';
import type { Placement } from '../XHoverLayer';
import { pixelOf, sharePercent, type GainsDatum } from './diagnosticCurves';
import { ActiveDot, GainsHighlight } from './HoverMarks';

/** The hovered ROC point: a vertical cursor and a dot in its curve's colour. */
export function rocHighlight(
  point: RocPoint,
  colour: string,
  { toX, toY, top, bottom }: Placement,
) {
  const x = pixelOf(toX, point.fpr);
  if (x === null) return null;
  return (
    <g className="chart-active-point">
      <path d={`M${x},${top}V${bottom}`} stroke="#999" strokeDasharray="3 3" />
      <ActiveDot x={x} y={pixelOf(toY, point.tpr)} colour={colour} />
    </g>
  );
}

/** The hover card of a ROC point: its curve, both rates and the threshold that gives them. */
export function rocTooltip(point: RocPoint, curveName: string, t: Translate) {
  return (
    <ChartTooltip
      row={null}
      title={curveName}
      lines={[
        { label: t('classification.roc.tpr'), value: formatMetric(point.tpr) },
        { label: t('classification.roc.fpr'), value: formatMetric(point.fpr) },
        { label: t('classification.roc.threshold'), value: formatMetric(point.threshold) },
      ]}
    />
  );
}

/** The hovered gains point on the plot (see GainsHighlight). */
export function gainsHighlight(
  datum: GainsDatum | undefined,
  place: Placement,
  colours: { readonly gain: string; readonly lift: string },
) {
  if (!datum) return null;
  return (
    <GainsHighlight
      datum={datum}
      place={place}
      gainColour={colours.gain}
      liftColour={colours.lift}
    />
  );
}

/** The hover card of a gains point: share contacted, share of the class found, and lift. */
export function gainsTooltip(datum: GainsDatum | undefined, t: Translate) {
  if (!datum) return null;
  return (
    <ChartTooltip
      row={null}
      lines={[
        { label: t('classification.gains.share'), value: sharePercent(datum.share) },
        { label: t('classification.gains.gain'), value: sharePercent(datum.gain) },
        { label: t('classification.gains.lift'), value: formatMetric(datum.lift) },
      ]}
    />
  );
}
