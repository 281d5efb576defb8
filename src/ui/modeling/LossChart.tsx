import type { LossPoint } from '../../core/training/trainingTypes';
import type { ModelRun } from '../../state/trainingSlice';
import { useAppStore } from '../../state/store';
import { useT, type Translate } from '../i18n/useT';
import { ChartFigure } from '../results/ChartFigure';
import { lineLegend } from '../results/chartLegendEntries';
import { PART_COLOURS } from '../results/chartPalette';
import type { ChartTable } from '../results/chartTables';
import { DASHED_LINE } from '../results/LineLayer';
import { formatMetric } from './headlineMetrics';
import { LossPlot } from './LossPlot';

/** The neural network's run: the one selected if it has a loss curve, else the latest with one. */
function runWithLoss(runs: readonly ModelRun[], selectedId: number | null): ModelRun | undefined {
  const selected = runs.find((run) => run.id === selectedId && run.lossHistory.length > 0);
  return selected ?? [...runs].reverse().find((run) => run.lossHistory.length > 0);
}

/** First, lowest-loss and last epoch: the shape of the curve in three rows. */
function lossTable(history: readonly LossPoint[], t: Translate): ChartTable {
  const lowest = history.reduce<LossPoint | undefined>(
    (best, point) => (best === undefined || point.loss < best.loss ? point : best),
    undefined,
  );
  const picks: [string, LossPoint | undefined][] = [
    [t('a11y.chart.firstEpoch'), history[0]],
    [t('a11y.chart.bestEpoch'), lowest],
    [t('a11y.chart.lastEpoch'), history.at(-1)],
  ];
  return {
    columns: [t('a11y.chart.when'), t('modeling.epoch'), t('modeling.loss'), t('modeling.valLoss')],
    rows: picks.flatMap(([label, point]) =>
      point
        ? [[label, String(point.epoch), formatMetric(point.loss), formatMetric(point.valLoss)]]
        : [],
    ),
  };
}

/**
 * Training and validation loss per epoch (`chart-loss`), streaming while the model trains. Plain
 * SVG (`LossPlot`): it is drawn while models train, when every task should stay short.
 */
export function LossChart() {
  const t = useT();
  const run = useAppStore((s) => runWithLoss(s.runs, s.selectedRunId));
  const history = run?.lossHistory;
  if (!run || !history) return null;
  const hasValidation = history.some((point) => point.valLoss !== null);
  const last = history.at(-1);
  const legend = [
    lineLegend('loss', t('modeling.loss'), PART_COLOURS.train),
    ...(hasValidation
      ? [lineLegend('valLoss', t('modeling.valLoss'), PART_COLOURS.validation, DASHED_LINE)]
      : []),
  ];
  return (
    <ChartFigure
      testId="chart-loss"
      caption={t('modeling.lossChart')}
      description={`${t('modeling.loss')}: ${formatMetric(last?.loss ?? null)} (${t('modeling.epoch')} ${last?.epoch ?? 0})`}
      points={history.length}
      total={history.length}
      countsAreNotSampled
      attributes={{ 'data-model': run.kind }}
      height={220}
      table={lossTable(history, t)}
      selfSized
    >
      <LossPlot history={history} title={t('modeling.lossChart')} height={220} legend={legend} />
    </ChartFigure>
  );
}
