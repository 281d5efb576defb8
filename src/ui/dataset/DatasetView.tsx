import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ColumnProfileList } from './ColumnProfileList';
import { DataGrid } from './DataGrid';
import { DatasetSummary } from './DatasetSummary';
import { PiiPanel } from './pii/PiiPanel';
import './dataset.css';

/** The loaded dataset: summary, column profiles, then the whole table; nothing before a load. */
export function DatasetView() {
  const t = useT();
  const table = useAppStore((s) => s.table);
  if (!table) return null;
  // A new dataset gets a fresh grid (scrolled to the top); a retyped column keeps the scroll.
  const gridKey = `${table.name}:${table.rowCount}:${table.columns.length}`;
  return (
    <div className="dataset-view">
      <DatasetSummary />
      <PiiPanel />
      <ColumnProfileList />
      <section className="dataset-table" aria-labelledby="dataset-table-title">
        <h2 id="dataset-table-title" className="dataset-section-title">
          {t('dataset.tableTitle')}
        </h2>
        <DataGrid key={gridKey} table={table} />
      </section>
    </div>
  );
}
