import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { LossPoint } from '../../core/training/trainingTypes';
import type { ModelRun } from '../../state/trainingSlice';
import { useAppStore } from '../../state/store';
import { useT, type Translate } from '../i18n/useT';
import { ChartFigure } from '../results/ChartFigure';
import { LEGEND_HEIGHT, lineLegend } from '../results/chartLegendEntries';
import { PART_COLOURS, seriesDash } from '../results/chartPalette';
import type { ChartTable } from '../results/chartTables';
import { fixedAxis } from '../results/fixedAxis';
import { PlainTick } from '../results/PlainTick';
import { niceAxisOver } from '../results/regression/chartMath';
import { formatMetric } from './headlineMetrics';

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

/** Training and validation loss per epoch (`chart-loss`), streaming while the model trains. */
export function LossChart() {
  const t = useT();
  const run = useAppStore((s) => runWithLoss(s.runs, s.selectedRunId));
  if (!run) return null;
  const history = run.lossHistory;
  const hasValidation = history.some((point) => point.valLoss !== null);
  const last = history.at(-1);
  // Epochs on a number axis we lay out: a category axis measured every epoch's label each tick.
  const epochs = niceAxisOver(history.map((point) => point.epoch));
  const legend = [
    lineLegend('loss', t('modeling.loss'), PART_COLOURS.train),
    ...(hasValidation
      ? [lineLegend('valLoss', t('modeling.valLoss'), PART_COLOURS.validation, seriesDash(1))]
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
      legend={legend}
    >
      <LineChart
        data={[...history]}
        margin={{ top: 8 + LEGEND_HEIGHT, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="epoch"
          {...fixedAxis(epochs)}
          label={{ value: t('modeling.epoch'), position: 'insideBottom', offset: -4 }}
        />
        <YAxis
          scale="log"
          domain={['auto', 'auto']}
          allowDataOverflow
          width={64}
          tick={PlainTick}
        />
        <Tooltip />
        <Line
          type="monotone"
          dataKey="loss"
          name={t('modeling.loss')}
          stroke={PART_COLOURS.train}
          legendType="plainline"
          dot={false}
          isAnimationActive={false}
        />
        {hasValidation && (
          // Dashed as well as orange, so the two curves differ without colour.
          <Line
            type="monotone"
            dataKey="valLoss"
            name={t('modeling.valLoss')}
            stroke={PART_COLOURS.validation}
            strokeDasharray={seriesDash(1)}
            legendType="plainline"
            dot={false}
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </ChartFigure>
  );
}
