import { Tooltip } from 'recharts';
import { ResidualTooltip, type ResidualTooltipProps } from './ResidualTooltip';

/**
 * The Recharts Tooltip element every residual scatter uses. A function (not a component) so the
 * chart sees the Tooltip as its direct child.
 */
export function residualTooltip(props: Omit<ResidualTooltipProps, 'active' | 'payload'>) {
  return (
    <Tooltip
      isAnimationActive={false}
      content={({ active, payload }) => (
        <ResidualTooltip active={active} payload={payload} {...props} />
      )}
    />
  );
}
