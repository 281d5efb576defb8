import { useState } from 'react';
import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';
import { partName } from '../chartPalette';
import { Staggered } from '../Staggered';
import { ConfusionHeatmap } from './ConfusionHeatmap';
import { GainsChart } from './GainsChart';
import { RocChart } from './RocChart';
import { classificationDiagnosticsOf } from './rocComparison';
import { ThresholdExplorer } from './ThresholdExplorer';
import './classification.css';

/**
 * Classification diagnostics of one run: ROC (`chart-roc`), confusion heatmap
 * (`chart-confusion`), cumulative gains and lift (`chart-gains`) and a threshold explorer.
 * Renders nothing until the run's results are ready, or for a regression run.
 */
export function ClassificationDiagnosticsCharts({ runId }: { readonly runId: number }) {
  const t = useT();
  const diagnostics = useAppStore((s) => classificationDiagnosticsOf(s.runResults[runId]));
  // Class of interest for the gains chart and the threshold slider (an index into `roc`).
  const [chosen, setChosen] = useState(0);
  if (!diagnostics) return null;
  const position = Math.min(chosen, Math.max(0, diagnostics.roc.length - 1));
  const classIndex = diagnostics.roc[position]?.classIndex ?? position;
  const className = diagnostics.classes[classIndex] ?? String(classIndex);
  const partLabel = t(`results.part.${partName(diagnostics.part)}`);
  const gains = diagnostics.gains[position];
  return (
    <section
      className="classification-diagnostics"
      aria-label={t('classification.title')}
      data-part={partName(diagnostics.part)}
      data-rows={String(diagnostics.total)}
    >
      <p className="setup-note">
        {t('classification.basedOn', {
          rows: diagnostics.total,
          part: t(`modeling.split.${partName(diagnostics.part)}`),
        })}
      </p>
      <div className="results-charts">
        {/* One chart per task: ROC and gains mounted together were one 330-350 ms task. */}
        <Staggered key={runId}>
          <RocChart key="roc" runId={runId} diagnostics={diagnostics} partLabel={partLabel} />
          <ConfusionHeatmap key="confusion" diagnostics={diagnostics} partLabel={partLabel} />
          {gains && gains.length > 0 && (
            <GainsChart key="gains" gains={gains} className={className} partLabel={partLabel} />
          )}
          <ThresholdExplorer
            key="threshold"
            diagnostics={diagnostics}
            position={position}
            onPosition={setChosen}
          />
        </Staggered>
      </div>
    </section>
  );
}
