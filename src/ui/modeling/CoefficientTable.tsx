import type { CoefficientRow, LinearModel } from '../../core/models/linear/linearTypes';
import { useT } from '../i18n/useT';
import { Staggered } from '../results/Staggered';
import { formatMetric } from './headlineMetrics';
import { rowChunks } from './rowChunks';

/**
 * Rows per mount step. A linear run's details mount while other models still train: the sample's
 * 45 rows in one go were a 30-40 ms CPU frame of style, layout and paint (60-150 ms wall on two
 * shared cores); in steps of this size each frame stays short.
 */
const ROWS_PER_STEP = 12;

/** The raw numbers as attributes (ui-contract `coef-row`); missing values become empty strings. */
const attr = (value: number | null): string => (value === null ? '' : String(value));

function pText(p: number | null): string {
  if (p === null) return '—';
  return p < 1e-4 ? '< 0.0001' : p.toFixed(4);
}

/** Coefficients on the original scale with standard errors, p-values and intervals (`coef-row`). */
export function CoefficientTable({ model }: { readonly model: LinearModel }) {
  const t = useT();
  const showOdds = model.kind === 'logistic';
  const rows: readonly CoefficientRow[] = model.table;
  return (
    <table className="coef-table" data-testid="coef-table">
      <caption>{t('modeling.coefficients')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('modeling.coef.feature')}</th>
          <th scope="col">{t('modeling.coef.estimate')}</th>
          <th scope="col">{t('modeling.coef.se')}</th>
          <th scope="col">{t('modeling.coef.t')}</th>
          <th scope="col">{t('modeling.coef.p')}</th>
          <th scope="col">{t('modeling.coef.ci')}</th>
          {showOdds && <th scope="col">{t('modeling.coef.odds')}</th>}
          <th scope="col">VIF</th>
        </tr>
      </thead>
      <tbody>
        <Staggered>
          {rowChunks(rows, ROWS_PER_STEP).map((chunk) => (
            <CoefficientRows key={`rows-${chunk.start}`} rows={chunk.rows} showOdds={showOdds} />
          ))}
        </Staggered>
      </tbody>
    </table>
  );
}

/** One step's rows of the coefficient table. */
function CoefficientRows(props: {
  readonly rows: readonly CoefficientRow[];
  readonly showOdds: boolean;
}) {
  const { rows, showOdds } = props;
  return (
    <>
      {rows.map((row, index) => (
        <tr
          key={index}
          data-testid="coef-row"
          data-feature={row.feature}
          data-class={row.className ?? ''}
          data-coef={attr(row.estimate)}
          data-se={attr(row.standardError)}
          data-p={attr(row.pValue)}
          className={row.aliased ? 'aliased' : ''}
        >
          <th scope="row">
            {row.className !== null && <span className="setup-note">{row.className}: </span>}
            {row.feature}
          </th>
          <td>{formatMetric(row.estimate)}</td>
          <td>{formatMetric(row.standardError)}</td>
          <td>{formatMetric(row.statistic)}</td>
          <td className={row.pValue !== null && row.pValue < 0.05 ? 'significant' : ''}>
            {pText(row.pValue)}
          </td>
          <td>
            {row.ciLower === null || row.ciUpper === null
              ? '—'
              : `${formatMetric(row.ciLower)} … ${formatMetric(row.ciUpper)}`}
          </td>
          {showOdds && <td>{formatMetric(row.oddsRatio)}</td>}
          <td>{formatMetric(row.vif)}</td>
        </tr>
      ))}
    </>
  );
}
