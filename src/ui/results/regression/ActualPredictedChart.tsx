import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { DiagnosticScatter } from './DiagnosticScatter';
import type { DiagnosticChartProps } from './diagnosticProps';
import { residualTooltip } from './residualTooltipElement';

/** Actual against predicted values (`chart-actual-predicted`); a perfect model sits on y = x. */
export function ActualPredictedChart({
  diagnostics,
  visible,
  byRow,
  cellColumns,
}: DiagnosticChartProps) {
  const t = useT();
  const { points: residuals, total } = diagnostics;
  const points = useMemo(
    () => residuals.map((p) => ({ x: p.actual, y: p.predicted, row: p.row, part: p.part })),
    [residuals],
  );
  return (
    <DiagnosticScatter
      testId="chart-actual-predicted"
      caption={t('results.actualPredicted')}
      describe={(shown) => t('results.actualPredicted.desc', { shown, total })}
      total={total}
      points={points}
      visible={visible}
      labels={{ x: t('results.tooltip.actual'), y: t('results.tooltip.predicted') }}
      axes="square"
      reference="diagonal"
      tooltip={residualTooltip({ byRow, cellColumns })}
    />
  );
}
