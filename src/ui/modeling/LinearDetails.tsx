import type { LinearModel } from '../../core/models/linear/linearTypes';
import { useT } from '../i18n/useT';
import { CoefficientTable } from './CoefficientTable';
import { formatMetric } from './headlineMetrics';

/** Fit statistics (statsmodels' summary, in short) for OLS, ridge or logistic models. */
function fitStatistics(model: LinearModel): readonly [string, number | null][] {
  if (model.kind === 'ols') {
    const f = model.fit;
    return [
      ['R²', f.rSquared],
      ['Adj. R²', f.adjustedRSquared],
      ['F', f.fStatistic],
      ['Prob (F)', f.fPValue],
      ['AIC', f.aic],
      ['BIC', f.bic],
      ['Durbin–Watson', f.durbinWatson],
      ['Cond. no.', f.conditionNumber],
      ['df resid.', f.dfResidual],
    ];
  }
  if (model.kind === 'ridge')
    return [
      ['λ', model.lambda],
      ['R²', model.rSquared],
    ];
  const f = model.fit;
  return [
    ['Pseudo R²', f.pseudoRSquared],
    ['Log-likelihood', f.logLikelihood],
    ['LLR p-value', f.likelihoodRatioPValue],
    ['AIC', f.aic],
    ['BIC', f.bic],
  ];
}

/** Everything a statistics package would print for a linear model, plus its warnings. */
export function LinearDetails({ model }: { readonly model: LinearModel }) {
  const t = useT();
  return (
    <div className="linear-details">
      <dl className="fit-stats" aria-label={t('modeling.fitStats')}>
        {fitStatistics(model).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{formatMetric(value)}</dd>
          </div>
        ))}
      </dl>
      {model.warnings.length > 0 && (
        <div role="status" data-testid="model-warnings">
          <ul className="model-warnings">
            {model.warnings.map((warning, index) => (
              <li key={index} data-code={warning.code}>
                {t(`modeling.warning.${warning.code}`, { columns: warning.columns.join(', ') })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <CoefficientTable model={model} />
    </div>
  );
}
