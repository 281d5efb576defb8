import { useMemo } from 'react';
import type { ResidualPoint } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { PartToggle } from '../PartToggle';
import { Staggered } from '../Staggered';
import { featureColumns, useRun, useRunResultsState } from '../runSelectors';
import { partsPresent, usePartFilter } from '../usePartFilter';
import { ActualPredictedChart } from './ActualPredictedChart';
import { QqChart } from './QqChart';
import { ResidualHistogramChart } from './ResidualHistogramChart';
import { ResidualsChart } from './ResidualsChart';
import '../results.css';

/**
 * The four regression diagnostics of a run (`chart-actual-predicted`, `chart-residuals`,
 * `chart-residual-histogram`, `chart-qq`) with one part toggle for the scatter plots.
 * Renders nothing until the run's regression results are ready.
 */
export function RegressionDiagnosticsCharts({ runId }: { readonly runId: number }) {
  const t = useT();
  const results = useRunResultsState(runId)?.results;
  const outcome = useRun(runId)?.outcome;
  const { visible, toggle } = usePartFilter();
  const diagnostics = results?.diagnostics.task === 'regression' ? results.diagnostics : null;
  const byRow = useMemo(
    () => new Map<number, ResidualPoint>(diagnostics?.points.map((p) => [p.row, p]) ?? []),
    [diagnostics],
  );
  const cellColumns = useMemo(() => (outcome ? featureColumns(outcome) : []), [outcome]);
  if (!diagnostics) return null;
  const props = { diagnostics, visible, byRow, cellColumns };
  return (
    <section className="results-diagnostics" aria-label={t('results.diagnostics')}>
      <h3>{t('results.diagnostics')}</h3>
      <PartToggle
        available={partsPresent(diagnostics.points)}
        visible={visible}
        onToggle={toggle}
      />
      <div className="results-charts">
        <Staggered key={runId}>
          <ActualPredictedChart {...props} />
          <ResidualsChart {...props} />
          <ResidualHistogramChart diagnostics={diagnostics} />
          <QqChart {...props} />
        </Staggered>
      </div>
    </section>
  );
}
