import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ClassificationDiagnosticsCharts } from './classification/ClassificationDiagnosticsCharts';
import { CoefficientPlot } from './CoefficientPlot';
import { ExportBar } from './export/ExportBar';
import { FitChart } from './FitChart';
import { ImportanceChart } from './ImportanceChart';
import { ModelComparison } from './ModelComparison';
import { RegressionDiagnosticsCharts } from './regression/RegressionDiagnosticsCharts';
import { HeldUntilTrainingNote } from './HeldUntilTrainingNote';
import { ResultsStatusNote } from './ResultsStatusNote';
import { Staggered } from './Staggered';
import { SummaryPanel } from './SummaryPanel';

/** The selected run's results: summary, comparison, fit, diagnostics, drivers and exports. */
export function ResultsView() {
  const t = useT();
  const runId = useAppStore((s) => s.selectedRunId);
  const status = useAppStore((s) => (runId === null ? null : s.runResults[runId]?.status));
  const training = useAppStore((s) => s.trainingController !== null);
  const analyseNow = useAppStore((s) => s.analyseNow);
  const [shownEarly, setShownEarly] = useState<number | null>(null);
  if (runId === null) return null;
  // Each chart's first draw is one task of 50-250 ms: while other models train (and hold the
  // cores) the charts wait, unless asked for, so the page answers at once during training.
  const held = training && shownEarly !== runId;
  // Charts drawn from the results get a key naming the results' state, so they mount afresh (one
  // per task) when the results arrive; the others stay mounted, and are not drawn twice.
  const phase = status ?? 'none';
  return (
    <section className="results-view" data-run={String(runId)}>
      <ResultsStatusNote runId={runId} />
      {held && (
        <HeldUntilTrainingNote
          className="results-status"
          testId="results-charts-held"
          buttonTestId="results-show-charts"
          text={t('modeling.chartsAfterTraining')}
          buttonText={t('modeling.showChartsNow')}
          onShow={() => {
            setShownEarly(runId);
            // On two cores its analysis waits for the training too: asked for, it starts now.
            analyseNow(runId);
          }}
        />
      )}
      <Staggered key={runId}>
        <SummaryPanel key="summary" runId={runId} />
        <ExportBar key="export" runId={runId} />
        {!held && [
          <ModelComparison key="comparison" />,
          <FitChart key={`fit-${phase}`} runId={runId} />,
          <RegressionDiagnosticsCharts key={`regression-${phase}`} runId={runId} />,
          <ClassificationDiagnosticsCharts key={`classification-${phase}`} runId={runId} />,
          <ImportanceChart key={`importance-${phase}`} runId={runId} />,
          <CoefficientPlot key="coefficients" runId={runId} />,
        ]}
      </Staggered>
    </section>
  );
}
