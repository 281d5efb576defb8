import { memo, useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { bestOf, formatMetric, headlineMetrics } from '../modeling/headlineMetrics';
import { ComparisonChart } from './ComparisonChart';
import {
  columnsFor,
  comparisonRows,
  defaultOrder,
  sortRows,
  type SortOrder,
} from './comparisonRows';
import { useDoneRuns } from './runSelectors';
import './results.css';

/**
 * Every done run's held-out metrics in one sortable table (`model-comparison`, rows
 * `comparison-row`), the best model highlighted, and a bar chart of the headline metric.
 */
export const ModelComparison = memo(function ModelComparison() {
  const t = useT();
  const runs = useDoneRuns();
  const [order, setOrder] = useState<SortOrder | null>(null);
  const tableId = useId();
  const rows = comparisonRows(runs);
  const first = runs.find((run) => run.status === 'done' && run.outcome)?.outcome;
  if (!first || rows.length === 0) return null;
  const columns = columnsFor(first.task);
  const headline = columns[0];
  if (!headline) return null;
  const current = order ?? defaultOrder(headline);
  const sorted = sortRows(rows, current, columns, (kind) => t(`modeling.model.${kind}`));
  const best = bestOf(
    headline,
    rows.map((row) => row.set),
  );
  const baseline = headline.read(headlineMetrics(first.baseline).set);
  const sortBy = (key: string, naturallyDescending: boolean) =>
    setOrder(
      current.key === key
        ? { key, descending: !current.descending }
        : { key, descending: naturallyDescending },
    );
  const ariaSort = (key: string) =>
    current.key !== key ? 'none' : current.descending ? 'descending' : 'ascending';
  return (
    <section className="model-comparison" aria-labelledby="model-comparison-title">
      <h3 id="model-comparison-title">{t('results.comparison')}</h3>
      <table data-testid="model-comparison" id={tableId}>
        <caption className="chart-note">
          {t('results.comparison.caption', {
            split: t(`modeling.split.${headlineMetrics(first.metrics).split}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('model')}>
              <button type="button" className="sort-button" onClick={() => sortBy('model', false)}>
                {t('modeling.col.model')}
              </button>
            </th>
            {columns.map((column) => (
              <th key={column.attribute} scope="col" aria-sort={ariaSort(column.attribute)}>
                <button
                  type="button"
                  className="sort-button"
                  data-sort={column.attribute}
                  onClick={() => sortBy(column.attribute, column.higherIsBetter)}
                >
                  {column.name}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const isBest = best !== null && headline.read(row.set) === best;
            const attributes: Record<string, string> = { 'data-split': row.split };
            for (const column of columns) {
              const value = column.read(row.set);
              if (value !== null) attributes[column.attribute] = String(value);
            }
            return (
              <tr
                key={row.runId}
                data-testid="comparison-row"
                data-model={row.kind}
                data-best={String(isBest)}
                className={isBest ? 'best-row' : ''}
                {...attributes}
              >
                <th scope="row">
                  {t(`modeling.model.${row.kind}`)}
                  {isBest && <span className="best-badge"> {t('results.comparison.best')}</span>}
                </th>
                {columns.map((column) => (
                  <td key={column.attribute}>{formatMetric(column.read(row.set))}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ComparisonChart
        rows={sorted}
        column={headline}
        best={best}
        baseline={baseline}
        tableId={tableId}
      />
    </section>
  );
});
