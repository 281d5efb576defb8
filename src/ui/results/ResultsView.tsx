import { useAppStore } from '../../state/store';
import { ClassificationDiagnosticsCharts } from './classification/ClassificationDiagnosticsCharts';
import { CoefficientPlot } from './CoefficientPlot';
import { ExportBar } from './export/ExportBar';
import { FitChart } from './FitChart';
import { ImportanceChart } from './ImportanceChart';
import { ModelComparison } from './ModelComparison';
import { RegressionDiagnosticsCharts } from './regression/RegressionDiagnosticsCharts';
import { ResultsStatusNote } from './ResultsStatusNote';
import { Staggered } from './Staggered';
import { SummaryPanel } from './SummaryPanel';

/** The selected run's results: summary, comparison, fit, diagnostics, drivers and exports. */
export function ResultsView() {
  const runId = useAppStore((s) => s.selectedRunId);
  const status = useAppStore((s) => (runId === null ? null : s.runResults[runId]?.status));
  if (runId === null) return null;
  // Charts drawn from the results get a key naming the results' state, so they mount afresh (one
  // per task) when the results arrive; the others stay mounted, and are not drawn twice.
  const phase = status ?? 'none';
  return (
    <section className="results-view" data-run={String(runId)}>
      <ResultsStatusNote runId={runId} />
      <Staggered key={runId}>
        <SummaryPanel key="summary" runId={runId} />
        <ExportBar key="export" runId={runId} />
        <ModelComparison key="comparison" />
        <FitChart key={`fit-${phase}`} runId={runId} />
        <RegressionDiagnosticsCharts key={`regression-${phase}`} runId={runId} />
        <ClassificationDiagnosticsCharts key={`classification-${phase}`} runId={runId} />
        <ImportanceChart key={`importance-${phase}`} runId={runId} />
        <CoefficientPlot key="coefficients" runId={runId} />
      </Staggered>
    </section>
  );
}
