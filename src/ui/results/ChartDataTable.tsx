import { useT } from '../i18n/useT';
import type { ChartTable } from './chartTables';

interface ChartDataTableProps {
  /** Referenced by the figure's `aria-describedby`. */
  readonly id: string;
  readonly caption: string;
  readonly table: ChartTable;
}

/**
 * A chart's text alternative: a small table of what it draws, folded in a `<details>` so
 * sighted keyboard users can open it too (`chart-data-table`).
 */
export function ChartDataTable({ id, caption, table }: ChartDataTableProps) {
  const t = useT();
  return (
    <details className="chart-data">
      <summary>{t('a11y.chart.dataTable')}</summary>
      <table id={id} data-testid="chart-data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
