import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { rowCells } from './rowCells';
import { useFormatters } from './useFormatters';

/** Table cells listed in a tooltip at most, so it stays small. */
const MAX_CELLS = 4;

export interface TooltipLine {
  readonly label: string;
  readonly value: string;
}

interface ChartTooltipProps {
  /** The 0-based table row behind the hovered point; null for points that are not rows. */
  readonly row: number | null;
  readonly title?: string;
  readonly lines: readonly TooltipLine[];
  /** Table columns whose cells (of `row`) are listed under the lines. */
  readonly cellColumns?: readonly string[];
}

/**
 * The hover card of every results chart (`chart-tooltip`, `data-row` = the 1-based table row):
 * the row number, the chart's own values, then a few of the row's cells from the table.
 */
export function ChartTooltip({ row, title, lines, cellColumns = [] }: ChartTooltipProps) {
  const t = useT();
  const table = useAppStore((s) => s.table);
  const { cell } = useFormatters();
  const cells = row === null ? [] : rowCells(table, row, cellColumns, MAX_CELLS, cell);
  return (
    <div
      className="chart-tooltip"
      data-testid="chart-tooltip"
      data-row={row === null ? undefined : String(row + 1)}
    >
      {row !== null && (
        <p className="chart-tooltip-title">{t('results.tooltip.row', { row: row + 1 })}</p>
      )}
      {title !== undefined && <p className="chart-tooltip-title">{title}</p>}
      <dl>
        {lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
        {cells.map((entry) => (
          <div key={`cell:${entry.column}`} className="chart-tooltip-cell">
            <dt>{entry.column}</dt>
            <dd>{entry.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
