import { useMemo } from 'react';
import { LineChart, XAxis, YAxis } from 'recharts';
import type { LossPoint } from '../../core/training/trainingTypes';
import type { ModelRun } from '../../state/trainingSlice';
import { useAppStore } from '../../state/store';
import { useT, type Translate } from '../i18n/useT';
import { ChartFigure } from '../results/ChartFigure';
import { LEGEND_HEIGHT, lineLegend } from '../results/chartLegendEntries';
import { PART_COLOURS } from '../results/chartPalette';
import type { ChartTable } from '../results/chartTables';
import { fixedAxis } from '../results/fixedAxis';
import { GridLayer } from '../results/GridLayer';
import { DASHED_LINE, LineLayer } from '../results/LineLayer';
import { niceAxisOver } from '../results/regression/chartMath';
import { XHoverLayer } from '../results/XHoverLayer';
import { formatMetric } from './headlineMetrics';
import { logAxis } from './logAxis';
import { lossHighlight, lossTooltip } from './lossHover';

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

/** The loss curves as points of our line layers; validation only where it was measured. */
function lossCurves(history: readonly LossPoint[]) {
  const loss = history.map((point) => ({ x: point.epoch, y: point.loss }));
  const valLoss = history.flatMap((point) =>
    point.valLoss === null ? [] : [{ x: point.epoch, y: point.valLoss }],
  );
  return { loss, valLoss };
}

/** Epochs on a round number axis, losses on a log axis, both over every epoch so far. */
function lossAxes(history: readonly LossPoint[]) {
  // A number axis we lay out: a category axis measured every epoch's label each tick.
  const epochs = niceAxisOver(history.map((point) => point.epoch));
  const losses = logAxis(history.flatMap((point) => [point.loss, point.valLoss ?? NaN]));
  return { epochs, losses, epochXs: history.map((point) => point.epoch) };
}

/** Loss labels: the ticks are exact 1-2-5 decimals, so their plain text is short. */
const lossTick = (value: unknown) => String(value);

/**
 * Training and validation loss per epoch (`chart-loss`), streaming while the model trains. A
 * Recharts chart for its axes only: ranges and log ticks are ours (`logAxis`), the grid, curves
 * and hover our layers, so a new epoch costs no tick search, label measuring or Recharts series.
 */
export function LossChart() {
  const t = useT();
  const run = useAppStore((s) => runWithLoss(s.runs, s.selectedRunId));
  const history = run?.lossHistory;
  const curves = useMemo(() => lossCurves(history ?? []), [history]);
  const axes = useMemo(() => lossAxes(history ?? []), [history]);
  if (!run || !history) return null;
  const hasValidation = curves.valLoss.length > 0;
  const last = history.at(-1);
  const legend = [
    lineLegend('loss', t('modeling.loss'), PART_COLOURS.train),
    ...(hasValidation
      ? [lineLegend('valLoss', t('modeling.valLoss'), PART_COLOURS.validation, DASHED_LINE)]
      : []),
  ];
  const pointAt = (index: number): LossPoint => history[index] ?? (last as LossPoint);
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
        data={history as LossPoint[]}
        margin={{ top: 8 + LEGEND_HEIGHT, right: 16, bottom: 8, left: 8 }}
      >
        <GridLayer xTicks={axes.epochs.ticks} yTicks={axes.losses.ticks} />
        <XAxis
          dataKey="epoch"
          {...fixedAxis(axes.epochs)}
          label={{ value: t('modeling.epoch'), position: 'insideBottom', offset: -4 }}
        />
        <YAxis
          dataKey="loss"
          {...fixedAxis(axes.losses)}
          scale="log"
          width={64}
          tickFormatter={lossTick}
        />
        <LineLayer data={curves.loss} colour={PART_COLOURS.train} />
        {/* Dashed as well as orange, so the two curves differ without colour. */}
        {hasValidation && (
          <LineLayer data={curves.valLoss} colour={PART_COLOURS.validation} dashed />
        )}
        <XHoverLayer
          xs={axes.epochXs}
          anchorY={(index) => pointAt(index).loss}
          highlight={(index, place) => lossHighlight(pointAt(index), place)}
          tooltip={(index) => lossTooltip(pointAt(index), hasValidation, t)}
        />
      </LineChart>
    </ChartFigure>
  );
}
