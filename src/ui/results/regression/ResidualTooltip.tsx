import type { ResidualPoint } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { ChartTooltip, type TooltipLine } from '../ChartTooltip';
import { hasRow, tooltipDatum } from '../tooltipDatum';
import { useFormatters } from '../useFormatters';

export interface ResidualTooltipProps {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
  /** Every drawn residual point by table row, for actual/predicted/residual of any hovered row. */
  readonly byRow: ReadonlyMap<number, ResidualPoint>;
  readonly cellColumns: readonly string[];
  /** Adds the hovered point's `y` under this label (e.g. the standardised residual). */
  readonly yLabel?: string;
}

/** The hover card of a regression diagnostic point: row, actual, predicted, residual, a few cells. */
export function ResidualTooltip({
  active,
  payload,
  byRow,
  cellColumns,
  yLabel,
}: ResidualTooltipProps) {
  const t = useT();
  const { stat } = useFormatters();
  const datum = tooltipDatum(active, payload, hasRow);
  if (!datum) return null;
  const point = byRow.get(datum.row);
  const lines: TooltipLine[] = point
    ? [
        { label: t('results.tooltip.actual'), value: stat.format(point.actual) },
        { label: t('results.tooltip.predicted'), value: stat.format(point.predicted) },
        { label: t('results.tooltip.residual'), value: stat.format(point.residual) },
      ]
    : [];
  if (yLabel !== undefined && 'y' in datum && typeof datum.y === 'number') {
    lines.push({ label: yLabel, value: stat.format(datum.y) });
  }
  return <ChartTooltip row={datum.row} lines={lines} cellColumns={cellColumns} />;
}
