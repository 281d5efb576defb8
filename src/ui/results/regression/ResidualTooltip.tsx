import type { ResidualPoint } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { ChartTooltip, type TooltipLine } from '../ChartTooltip';
import type { ChartPoint } from '../pointGeometry';
import { useFormatters } from '../useFormatters';

export interface ResidualTooltipProps {
  /** Every drawn residual point by table row, for actual/predicted/residual of any hovered row. */
  readonly byRow: ReadonlyMap<number, ResidualPoint>;
  readonly cellColumns: readonly string[];
  /** Adds the hovered point's `y` under this label (e.g. the standardised residual). */
  readonly yLabel?: string;
}

/** The hover card of a regression diagnostic point: row, actual, predicted, residual, a few cells. */
export function ResidualTooltip({
  point,
  byRow,
  cellColumns,
  yLabel,
}: ResidualTooltipProps & { readonly point: ChartPoint }) {
  const t = useT();
  const { stat } = useFormatters();
  const residual = byRow.get(point.row);
  const lines: TooltipLine[] = residual
    ? [
        { label: t('results.tooltip.actual'), value: stat.format(residual.actual) },
        { label: t('results.tooltip.predicted'), value: stat.format(residual.predicted) },
        { label: t('results.tooltip.residual'), value: stat.format(residual.residual) },
      ]
    : [];
  if (yLabel !== undefined) lines.push({ label: yLabel, value: stat.format(point.y) });
  return <ChartTooltip row={point.row} lines={lines} cellColumns={cellColumns} />;
}
