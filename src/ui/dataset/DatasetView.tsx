import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ColumnProfileList } from './ColumnProfileList';
import { DataGrid } from './DataGrid';
import { datasetKey } from './datasetKey';
import { DatasetSummary } from './DatasetSummary';
import { PiiPanel } from './pii/PiiPanel';
import { useProgressiveCount } from './useProgressiveCount';
import { useWarmNumberFormats } from './useWarmNumberFormats';
import './dataset.css';

/** The loaded dataset: summary, column profiles, then the whole table; nothing before a load. */
export function DatasetView() {
  const t = useT();
  const table = useAppStore((s) => s.table);
  const language = useAppStore((s) => s.language);
  useWarmNumberFormats(language);
  // A new dataset gets a fresh grid (scrolled to the top); a retyped column keeps the scroll.
  const gridKey = datasetKey(table);
  // A new dataset mounts in stages, one mount step each (see mountSteps): the summary, then the
  // personal-data panel and the first profile cards, then the grid, whose virtualisers measure
  // it (a forced layout). Each stage's render and layout then stays a short task.
  const stage = useProgressiveCount(2, 0, 1, gridKey);
  const detailsShown = stage >= 1;
  const gridShown = stage >= 2;
  if (!table) return null;
  return (
    <div className="dataset-view">
      <DatasetSummary />
      {detailsShown && <PiiPanel />}
      {detailsShown && <ColumnProfileList />}
      <section className="dataset-table" aria-labelledby="dataset-table-title">
        <h2 id="dataset-table-title" className="dataset-section-title">
          {t('dataset.tableTitle')}
        </h2>
        {gridShown ? (
          <DataGrid key={gridKey} table={table} />
        ) : (
          <div className="data-grid" aria-busy="true" />
        )}
      </section>
    </div>
  );
}
