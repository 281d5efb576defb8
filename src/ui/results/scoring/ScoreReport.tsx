import type { ColumnMatchReport } from '../../../core/modelFile/modelFileTypes';
import { useT } from '../../i18n/useT';

/** Extra columns listed by name at most; the rest are counted. */
const MAX_LISTED = 12;

/**
 * How the scored file's columns matched the model (`score-report`): missing columns as an
 * error, renamed-looking pairs, changed types, unseen categories and unused extra columns.
 */
export function ScoreReport({ report }: { readonly report: ColumnMatchReport }) {
  const t = useT();
  const quoted = (names: readonly string[]): string =>
    names.map((name) => `“${name}”`).join(t('scoring.listSeparator'));
  const { missing, extra, renamedLooking, typeChanged, unseenCategories } = report;
  const clean =
    missing.length + renamedLooking.length + typeChanged.length + unseenCategories.length === 0;
  const listedExtra = extra.slice(0, MAX_LISTED);
  return (
    <div
      className="score-report"
      data-testid="score-report"
      data-missing={String(missing.length)}
      data-extra={String(extra.length)}
      data-renamed={String(renamedLooking.length)}
      data-type-changed={String(typeChanged.length)}
      data-unseen={String(unseenCategories.length)}
    >
      {clean && <p className="score-ok">{t('scoring.report.allFound')}</p>}
      {missing.length > 0 && (
        <p className="score-missing" data-testid="score-missing">
          {t('scoring.report.missing', { columns: quoted(missing), count: missing.length })}
        </p>
      )}
      {renamedLooking.length > 0 && (
        <ul className="score-findings">
          {renamedLooking.map((pair) => (
            <li
              key={pair.expected}
              data-testid="score-renamed"
              data-expected={pair.expected}
              data-found={pair.found}
            >
              {t('scoring.report.renamed', { expected: pair.expected, found: pair.found })}
            </li>
          ))}
        </ul>
      )}
      {typeChanged.length > 0 && (
        <ul className="score-findings">
          {typeChanged.map((change) => (
            <li key={change.column} data-testid="score-type-changed" data-column={change.column}>
              {t('scoring.report.typeChanged', {
                column: change.column,
                expected: t(`dataset.type.${change.expected}`),
                found: t(`dataset.type.${change.found}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {unseenCategories.length > 0 && (
        <ul className="score-findings">
          {unseenCategories.map((entry) => (
            <li
              key={entry.column}
              data-testid="score-unseen"
              data-column={entry.column}
              data-rows={String(entry.rows)}
            >
              {t('scoring.report.unseen', {
                column: entry.column,
                rows: entry.rows,
                levels: quoted(entry.levels.slice(0, MAX_LISTED)),
              })}
            </li>
          ))}
        </ul>
      )}
      {extra.length > 0 && (
        <p className="setup-note">
          {t('scoring.report.extra', {
            columns:
              quoted(listedExtra) +
              (extra.length > listedExtra.length
                ? t('scoring.report.more', { count: extra.length - listedExtra.length })
                : ''),
          })}
        </p>
      )}
    </div>
  );
}
