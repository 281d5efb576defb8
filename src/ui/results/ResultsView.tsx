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
  return (
    <section className="results-view" data-run={String(runId)}>
      <ResultsStatusNote runId={runId} />
      {/* Restarts when the results arrive, so the charts mount one per task. */}
      <Staggered key={`${runId}-${status ?? 'none'}`}>
        <SummaryPanel runId={runId} />
        <ExportBar runId={runId} />
        <ModelComparison />
        <FitChart runId={runId} />
        <RegressionDiagnosticsCharts runId={runId} />
        <ClassificationDiagnosticsCharts runId={runId} />
        <ImportanceChart runId={runId} />
        <CoefficientPlot runId={runId} />
      </Staggered>
    </section>
  );
}
