import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import './dataset.css';

/** The file on screen with its size; the attributes are read by end-to-end tests. */
export function DatasetSummary() {
  const t = useT();
  const name = useAppStore((s) => s.table?.name);
  const rows = useAppStore((s) => s.table?.rowCount);
  const columns = useAppStore((s) => s.table?.columns.length);
  if (name === undefined || rows === undefined || columns === undefined) return null;
  return (
    <section
      className="dataset-summary"
      data-testid="dataset-summary"
      data-rows={String(rows)}
      data-columns={String(columns)}
      data-name={name}
      aria-label={t('dataset.summaryLabel')}
    >
      <h2 className="dataset-name" title={name}>
        {name}
      </h2>
      <p className="dataset-size">
        <span>{t('dataset.rows', { rows })}</span>
        <span aria-hidden="true">·</span>
        <span>{t('dataset.columns', { columns })}</span>
      </p>
    </section>
  );
}
