import type { ChartPoint } from '../pointGeometry';
import { ResidualTooltip, type ResidualTooltipProps } from './ResidualTooltip';

/** The hover card every residual scatter shows for a point (see PointLayer). */
export function residualTooltip(props: ResidualTooltipProps) {
  return (point: ChartPoint) => <ResidualTooltip point={point} {...props} />;
}
