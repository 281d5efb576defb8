import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { DiagnosticScatter } from './DiagnosticScatter';
import type { DiagnosticChartProps } from './diagnosticProps';
import { residualTooltip } from './residualTooltipElement';

/** Residual against fitted value (`chart-residuals`) with its smoothed trend and the zero line. */
export function ResidualsChart({ diagnostics, visible, byRow, cellColumns }: DiagnosticChartProps) {
  const t = useT();
  const { points: residuals, trend, total } = diagnostics;
  const points = useMemo(
    () => residuals.map((p) => ({ x: p.predicted, y: p.residual, row: p.row, part: p.part })),
    [residuals],
  );
  return (
    <DiagnosticScatter
      testId="chart-residuals"
      caption={t('results.residuals')}
      describe={(shown) => t('results.residuals.desc', { shown, total })}
      total={total}
      points={points}
      visible={visible}
      labels={{ x: t('results.tooltip.predicted'), y: t('results.tooltip.residual') }}
      axes="auto"
      reference="zero"
      trend={trend}
      tooltip={residualTooltip({ byRow, cellColumns })}
    />
  );
}
