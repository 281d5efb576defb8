import { memo } from 'react';
import type { ColumnProfile } from '../../core/data/profileTypes';
import type { Column } from '../../core/data/table';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ColumnHistogram } from './ColumnHistogram';
import { ColumnTypeSelect } from './ColumnTypeSelect';
import { formattersFor, localeFor, type Formatters } from './formatCell';
import { histogramBars, histogramShowsLengths, missingShare, profileStats } from './profileDisplay';

const TOP_VALUES_SHOWN = 3;

interface ColumnProfileCardProps {
  readonly column: Column;
  readonly columnIndex: number;
  readonly profile: ColumnProfile | undefined;
  readonly rowCount: number;
}

/**
 * One column at a glance: its type (changeable), missing and distinct counts, numbers, shape.
 * Memoised: the cards already on screen are not rendered again each time more cards mount.
 */
export const ColumnProfileCard = memo(function ColumnProfileCard({
  column,
  columnIndex,
  profile,
  rowCount,
}: ColumnProfileCardProps) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const formatters = formattersFor(localeFor(language));
  const share = missingShare(column.missing, rowCount, formatters);
  const allMissing = rowCount > 0 && column.missing >= rowCount;
  return (
    <article
      className="column-profile"
      data-testid="column-profile"
      data-column={column.name}
      data-type={column.type}
      data-missing={String(column.missing)}
    >
      <header className="column-profile-head">
        <h3 className="column-profile-name" title={column.name}>
          {column.name}
        </h3>
        <ColumnTypeSelect columnIndex={columnIndex} columnName={column.name} type={column.type} />
      </header>
      <dl className="column-profile-stats">
        <div className={column.missing > 0 ? 'has-missing' : undefined}>
          <dt>{t('dataset.missing')}</dt>
          <dd>{t('dataset.missingValue', { count: column.missing, share })}</dd>
        </div>
        {profile && (
          <div>
            <dt>{t('dataset.distinct')}</dt>
            <dd>{formatters.cell.format(profile.distinct)}</dd>
          </div>
        )}
        {profile &&
          profileStats(profile, formatters).map((stat) => (
            <div key={stat.key}>
              <dt>{t(stat.key)}</dt>
              <dd>{stat.value}</dd>
            </div>
          ))}
      </dl>
      {allMissing && <p className="column-profile-note">{t('dataset.allMissing')}</p>}
      {profile && <ProfileShape profile={profile} formatters={formatters} />}
    </article>
  );
});

interface ProfileShapeProps {
  readonly profile: ColumnProfile;
  readonly formatters: Formatters;
}

/** Top values for columns of words, then the histogram. */
function ProfileShape({ profile, formatters }: ProfileShapeProps) {
  const t = useT();
  const lengths = histogramShowsLengths(profile);
  const showTop = lengths || profile.type === 'categorical';
  const labels = { other: t('dataset.other'), true: t('dataset.true'), false: t('dataset.false') };
  const chartLabel = lengths ? 'dataset.lengthHistogramLabel' : 'dataset.histogramLabel';
  return (
    <>
      {showTop && profile.topValues.length > 0 && (
        <div className="column-profile-top">
          <span className="column-profile-top-title">{t('dataset.topValues')}</span>
          <ol>
            {profile.topValues.slice(0, TOP_VALUES_SHOWN).map((top, i) => (
              <li key={i} title={t('dataset.topValue', { value: top.value, count: top.count })}>
                <span className="column-profile-top-value">{top.value}</span>
                <span className="column-profile-top-count">
                  {formatters.cell.format(top.count)}
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <ColumnHistogram
        bars={histogramBars(profile, labels)}
        label={t(chartLabel, { column: profile.name })}
        {...(lengths ? { caption: t('dataset.lengthAxis') } : {})}
      />
    </>
  );
}
