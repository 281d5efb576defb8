import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ColumnProfileCard } from './ColumnProfileCard';
import { useProgressiveCount } from './useProgressiveCount';
import './dataset.css';

/**
 * Cards rendered when the list mounts; the rest follow two per mount step (see
 * useProgressiveCount): a step's render and the layout of its new cards stay short tasks.
 */
const FIRST_CARDS = 2;
const CARDS_PER_TASK = 2;

/** One profile card per column, in a strip that scrolls sideways. */
export function ColumnProfileList() {
  const t = useT();
  const columns = useAppStore((s) => s.table?.columns);
  const rowCount = useAppStore((s) => s.table?.rowCount ?? 0);
  const profiles = useAppStore((s) => s.profiles);
  // A new import brings a new report; retyping or masking a column keeps it (and the cards).
  const report = useAppStore((s) => s.report);
  const shown = useProgressiveCount(columns?.length ?? 0, FIRST_CARDS, CARDS_PER_TASK, report);
  if (!columns) return null;
  return (
    <section className="column-profiles" aria-labelledby="column-profiles-title">
      <div className="dataset-section-head">
        <h2 id="column-profiles-title">{t('dataset.profilesTitle')}</h2>
        <p className="dataset-hint">{t('dataset.profilesHint')}</p>
      </div>
      <div className="column-profile-strip">
        {columns.slice(0, shown).map((column, i) => (
          <ColumnProfileCard
            key={`${i}:${column.name}`}
            column={column}
            columnIndex={i}
            profile={profiles[i]}
            rowCount={rowCount}
          />
        ))}
      </div>
    </section>
  );
}
