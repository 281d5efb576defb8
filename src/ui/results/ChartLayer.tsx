import { useContext, type ReactNode } from 'react';
import { ZIndexLayer } from 'recharts';
import { PlotFrameContext } from './chartScales';

/**
 * Puts a layer at `zIndex` of a Recharts chart; in our plain plot layers are drawn in the order
 * the chart lists them, so it adds nothing there.
 */
export function ChartLayer(props: { readonly zIndex: number; readonly children: ReactNode }) {
  const { zIndex, children } = props;
  const plain = useContext(PlotFrameContext) !== null;
  return plain ? <>{children}</> : <ZIndexLayer zIndex={zIndex}>{children}</ZIndexLayer>;
}
